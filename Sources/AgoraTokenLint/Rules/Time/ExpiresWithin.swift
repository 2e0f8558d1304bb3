import AgoraToken

/// AT205 `expires_within`: the token expires within `--expires-within` of `--now`.
///
/// Source: the `-checkend` option of `openssl x509`, applied to a 007 token's expiry
/// (`issue_ts + expire`, `python3/src/AccessToken2.py`).
struct ExpiresWithin: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT205", name: "expires_within", severity: .warning, category: .time,
    summary: "The token expires within the --expires-within window.",
    explanation:
      "Like `openssl x509 -checkend`, this gate fails when a token that is still valid will expire within the given duration, so a deployment does not ship a token that is about to expire.",
    fix: "Issue a fresh token, or renew it before the window starts.",
    source: RuleSource.authentication)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let window = context.expiresWithin, let token = inspection.accessToken2,
      token.expiresAt > context.now, token.expiresAt <= context.now + window
    else { return [] }
    return [
      descriptor.finding(
        "the token expires at \(TimeLimits.iso(token.expiresAt)), in \(TimeLimits.duration(token.expiresAt - context.now)), within \(TimeLimits.duration(window))",
        field: "/expires_at", value: String(token.expiresAt),
        expected: "after \(context.now + window)")
    ]
  }
}
