import AgoraToken

/// AT205 `expires_within`: the token expires within `--expires-within` of `--now`.
///
/// Source: the `-checkend` option of `openssl x509`, applied to a token's expiry: 007
/// `issue_ts + expire` (`python3/src/AccessToken2.py`), 006 `ts`, a legacy key's `expired_ts`.
struct ExpiresWithin: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT205", name: "expires_within", severity: .warning, category: .time,
    summary: "The token expires within the --expires-within window.",
    explanation:
      "Like `openssl x509 -checkend`, this gate fails when a token that is still valid will expire within the given duration, so a deployment does not ship a token that is about to expire.",
    fix: "Issue a fresh token, or renew it before the window starts.",
    source: RuleSource.authentication)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let window = context.expiresWithin, let expiry = inspection.tokenExpiry,
      expiry.at > context.now, expiry.at <= context.now + window
    else { return [] }
    return [
      descriptor.finding(
        "the token expires at \(TimeLimits.iso(expiry.at)) (\(expiry.label)), in \(TimeLimits.duration(expiry.at - context.now)), within \(TimeLimits.duration(window))",
        field: expiry.field, value: String(expiry.at),
        expected: "after \(context.now + window)")
    ]
  }
}
