import AgoraToken

/// AT205 `expires_within`: the token expires within `--expires-within` of `--now`.
///
/// Source: the `-checkend` option of `openssl x509`, applied to a token's expiry: 007
/// `issue_ts + expire` (`python3/src/AccessToken2.py`), or Agora's 24-hour limit when that comes
/// first (``DayCap``), 006 `ts`, a legacy key's `expired_ts`.
struct ExpiresWithin: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT205", name: "expires_within", severity: .warning, category: .time,
    structural: false,
    summary:
      "The token expires within the --expires-within window.",
    explanation:
      "Like `openssl x509 -checkend`, this gate fails when a token will no longer be valid after the given duration, so a deployment does not ship a token that is about to expire; a token that has already expired fails it too.",
    fix:
      "Issue a fresh token, or renew it before the window starts.",
    source: RuleSource.authentication)

  // An expired token expires within any window, so the gate fires for it as well: otherwise
  // `--select expires_within` would pass exactly the tokens that are already unusable.
  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let window = context.expiresWithin, let expiry = inspection.tokenEnd,
      expiry.at <= context.now + window
    else { return [] }
    let message: String
    if expiry.at <= context.now, expiry.at + context.leeway > context.now {
      // Within the leeway the time rules still count the token valid: so does this message.
      message =
        "the token's end at \(TimeLimits.iso(expiry.at)) (\(expiry.label)) is \(TimeLimits.duration(context.now - expiry.at)) past but within the leeway of \(TimeLimits.duration(context.leeway)), so it ends within any window (\(TimeLimits.duration(window)))"
    } else if expiry.at > context.now {
      message =
        "the token expires at \(TimeLimits.iso(expiry.at)) (\(expiry.label)), in \(TimeLimits.duration(expiry.at - context.now)), within \(TimeLimits.duration(window))"
    } else {
      message =
        "the token already expired at \(TimeLimits.iso(expiry.at)) (\(expiry.label)), \(TimeLimits.duration(context.now - expiry.at)) before \(TimeLimits.iso(context.now)), so it expires within any window (\(TimeLimits.duration(window)))"
    }
    return [
      descriptor.finding(
        message, field: expiry.field, value: .number(expiry.at),
        expected: .number(context.now + window), unit: .unixTime)
    ]
  }
}
