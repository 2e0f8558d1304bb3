import AgoraToken

/// AT201 `token_expired`: the token had expired at `--now`.
///
/// Source: Agora's error codes (109 `ERR_TOKEN_EXPIRED`) and "Expiry semantics" in
/// `shared/vectors/README.md`: a 007 token expires at `issue_ts + expire`.
struct TokenExpired: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT201", name: "token_expired", severity: .error, category: .time,
    summary: "The token had expired at the time judged (--now).",
    explanation:
      "A 007 token expires at issue_ts + expire. After that the SDK reports error 109 (token expired) and the user cannot join or is removed.",
    fix:
      "Request a new token; renew it in the SDK's token-privilege-will-expire callback before it expires.",
    source: RuleSource.errorCodes, agoraErrorCodes: [109])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, token.expiresAt + context.leeway <= context.now
    else { return [] }
    return [
      descriptor.finding(
        "the token expired at \(TimeLimits.iso(token.expiresAt)), \(TimeLimits.duration(context.now - token.expiresAt)) before \(TimeLimits.iso(context.now))",
        field: "/expires_at", value: String(token.expiresAt), expected: "after \(context.now)")
    ]
  }
}
