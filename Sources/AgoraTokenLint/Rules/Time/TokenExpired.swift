import AgoraToken

/// AT201 `token_expired`: the token had expired at `--now`.
///
/// Source: Agora's error codes (109 `ERR_TOKEN_EXPIRED`) and "Expiry semantics", "The 006 format"
/// and "Legacy formats" in `shared/vectors/README.md`: a 007 token expires at `issue_ts + expire`,
/// a 006 token at `ts`, a legacy key at `expired_ts` (0: the key does not expire).
struct TokenExpired: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT201", name: "token_expired", severity: .error, category: .time,
    structural: false,
    summary:
      "The token had expired at the time judged (--now).",
    explanation:
      "A 007 token expires at issue_ts + expire, a 006 token at ts, and a legacy key (DynamicKey5/4/3/2, signaling) at expired_ts (0 = never). After that the SDK reports error 109 (token expired) and the user cannot join or is removed.",
    fix:
      "Request a new token; renew it in the SDK's token-privilege-will-expire callback before it expires.",
    source: RuleSource.errorCodes,
    agoraErrorCodes: [109])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let expiry = inspection.tokenExpiry, expiry.at + context.leeway <= context.now
    else { return [] }
    return [
      descriptor.finding(
        "the token expired at \(TimeLimits.iso(expiry.at)) (\(expiry.label)), \(TimeLimits.duration(context.now - expiry.at)) before \(TimeLimits.iso(context.now))",
        field: expiry.field, value: .number(expiry.at), expected: .number(context.now),
        unit: .unixTime)
    ]
  }
}
