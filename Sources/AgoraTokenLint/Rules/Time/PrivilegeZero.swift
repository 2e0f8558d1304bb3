import AgoraToken

/// AT213 `privilege_zero`: a privilege value is 0, so it inherits the token's expiry.
///
/// Source: the comments in `nodejs/src/RtcTokenBuilder2.js` and `cpp/src/RtcTokenBuilder2.h`
/// (0 means the same as the token expiry); `parse.py` misreads it as already expired.
struct PrivilegeZero: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT213", name: "privilege_zero", severity: .info, category: .time,
    structural: true,
    summary:
      "A privilege value is 0: it inherits the token's expiry.",
    explanation:
      "A privilege value of 0 has no limit of its own and lasts as long as the token. Some tools (parse.py) show it as already expired; it is not.",
    fix:
      "Nothing to fix, but plan renewal: a privilege of 0 (for RTC, joinChannel) has no expiry of its own, so the SDK's onTokenPrivilegeWillExpire is driven only by the token's expiry. Set an explicit lifetime if the privilege should end before the token.",
    source: RuleSource.rtcBuilder2Node)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    // Built only for a token that has a privilege of 0: this rule runs on every input.
    lazy var inherited =
      token.dayCapEndsBeforeExpiry.map {
        "\(TimeLimits.iso(token.expiresAt)), which Agora's 24-hour limit cuts to \(TimeLimits.iso($0))"
      } ?? TimeLimits.iso(token.expiresAt)
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      for privilege in service.privileges where privilege.value == 0 {
        findings.append(
          descriptor.finding(
            "\(service.type) \(service.privilegeLabel(privilege.id)) is 0: it inherits the token's expiry (\(inherited))",
            field: .privilege(service: index, id: privilege.id), value: 0,
            unit: .seconds))
      }
    }
    return findings
  }
}
