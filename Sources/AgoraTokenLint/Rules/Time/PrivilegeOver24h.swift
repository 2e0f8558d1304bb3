import AgoraToken

/// AT214 `privilege_over_24h`: a 007 privilege value is more than 86400 seconds, or a 006
/// privilege expires more than 24 hours after the estimated issue time (`ts` - 86400).
///
/// Source: `RtcTokenBuilder2.build_token_with_uid_and_privilege` docstring in
/// `python3/src/RtcTokenBuilder2.py` (each privilege is valid for at most 24 hours); every 006
/// builder sets `ts` to the build time + 24 hours (`AccessToken.py`). The 006 fact,
/// ``TimeLimits/late006Privileges(_:)``, is shared with the diagnosis
/// (`privilege_expiry_over_24h_after_issue`).
struct PrivilegeOver24h: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT214", name: "privilege_over_24h", severity: .warning, category: .time,
    structural: true,
    summary:
      "A privilege lasts more than 24 hours.",
    explanation:
      "The builder documentation limits each privilege to 24 hours; nothing enforces it, but a longer privilege outlives the documented maximum token lifetime.",
    fix:
      "Give each privilege a lifetime of at most 86400 seconds.",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let token = inspection.accessToken006 {
      let issued = token.issuedAtEstimate
      return TimeLimits.late006Privileges(token).map { privilege in
        let name = AccessToken006.privilegeName(privilege.id) ?? "privilege \(privilege.id)"
        let lasts = UInt64(privilege.value) - issued
        return descriptor.finding(
          "\(name) expires at \(TimeLimits.iso(UInt64(privilege.value))), \(TimeLimits.duration(lasts)) after the estimated issue time \(TimeLimits.iso(issued)) (ts - 86400): more than 24 hours",
          field: .privilege006(privilege.id), value: .number(privilege.value),
          expected: .number(issued + TimeLimits.day), unit: .unixTime)
      }
    }
    guard let token = inspection.accessToken2 else { return [] }
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      for privilege in service.privileges where TimeLimits.overDay(privilege.value) {
        findings.append(
          descriptor.finding(
            "\(service.type) \(service.privilegeLabel(privilege.id)) lasts \(privilege.value) seconds (\(TimeLimits.duration(UInt64(privilege.value)))), more than 24 hours",
            field: .privilege(service: index, id: privilege.id), value: .number(privilege.value),
            expected: 86_400, unit: .seconds))
      }
    }
    return findings
  }
}
