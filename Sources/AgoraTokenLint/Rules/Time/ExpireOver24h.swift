import AgoraToken

/// AT211 `expire_over_24h`: the token lifetime is more than 86400 seconds.
///
/// Source: `RtcTokenBuilder2.build_token_with_uid` docstring in `python3/src/RtcTokenBuilder2.py`
/// ("the maximum ... is 24 hours").
struct ExpireOver24h: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT211", name: "expire_over_24h", severity: .warning, category: .time,
    structural: true,
    summary:
      "The token lifetime is more than 24 hours.",
    explanation:
      "Agora documents 24 hours as the longest token lifetime. A longer token keeps working if it leaks, and some services cap or reject it.",
    fix:
      "Use a lifetime of at most 86400 seconds and renew the token before it expires.",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, TimeLimits.overDay(token.expire) else { return [] }
    return [
      descriptor.finding(
        "expire is \(token.expire) seconds (\(TimeLimits.duration(UInt64(token.expire)))), more than 24 hours",
        field: .token(.expire), value: .number(token.expire), expected: 86_400,
        unit: .seconds)
    ]
  }
}
