import AgoraToken

/// AT102 `no_services`: the service count is 0.
///
/// Source: `AccessToken.__build_check` in `python3/src/AccessToken2.py` refuses a token without
/// services.
struct NoServices: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT102", name: "no_services", severity: .error, category: .structure,
    structural: true,
    summary:
      "The token carries no service.",
    explanation:
      "A 007 token grants access service by service (RTC, RTM, Chat, ...). With a service count of 0 it grants nothing, and the reference builders refuse to build it.",
    fix:
      "Add the service the client needs, for example with RtcTokenBuilder2 or RtmTokenBuilder2.",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, token.serviceCount == 0 else { return [] }
    return [
      descriptor.finding(
        "the service count is 0: the token grants no service", field: .token(.serviceCount),
        value: 0, unit: .count)
    ]
  }
}
