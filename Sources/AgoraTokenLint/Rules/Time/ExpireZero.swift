import AgoraToken

/// AT210 `expire_zero`: the token lifetime is 0 seconds.
///
/// Source: `RtcTokenBuilder2.build_token_with_uid` docstring in `python3/src/RtcTokenBuilder2.py`:
/// `token_expire` is seconds from now; 0 makes the token expire when it is issued.
struct ExpireZero: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT210", name: "expire_zero", severity: .error, category: .time,
    structural: true,
    summary:
      "The token lifetime (expire) is 0 seconds: it expires when it is issued.",
    explanation:
      "In 007, expire counts seconds from issue_ts. A value of 0 means the token is already expired when the client receives it (Agora error 109). Unlike privilege values, 0 does not mean 'no limit' here.",
    fix:
      "Pass the lifetime in seconds, for example 3600 for one hour.",
    source: RuleSource.rtcBuilder2,
    agoraErrorCodes: [109])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, token.expire == 0 else { return [] }
    return [
      descriptor.finding(
        "expire is 0: the token expired at its issue time \(TimeLimits.iso(UInt64(token.issueTs)))",
        field: .token(.expire), value: 0, unit: .seconds)
    ]
  }
}
