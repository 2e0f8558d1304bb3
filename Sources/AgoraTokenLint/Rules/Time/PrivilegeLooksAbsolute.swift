import AgoraToken

/// AT215 `privilege_looks_absolute`: a privilege value is an absolute Unix time.
///
/// Source: "Expiry semantics" in `shared/vectors/README.md`: 006 privilege values were absolute,
/// 007 values are seconds relative to `issue_ts` (`python3/src/RtcTokenBuilder2.py`).
struct PrivilegeLooksAbsolute: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT215", name: "privilege_looks_absolute", severity: .warning, category: .time,
    structural: true,
    summary:
      "A privilege value is >= 1000000000: an absolute Unix time where seconds are expected.",
    explanation:
      "006 builders took privilege expiries as absolute Unix times; 007 builders take seconds from issue_ts. Code ported from 006 passes now + N and gets a privilege that lasts for decades.",
    fix:
      "Pass privilege lifetimes in seconds (for example 3600), not now + 3600.",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      for privilege in service.privileges where TimeLimits.looksAbsolute(privilege.value) {
        findings.append(
          descriptor.finding(
            "\(service.type) \(service.privilegeLabel(privilege.id)) is \(privilege.value), which reads as \(TimeLimits.iso(UInt64(privilege.value))) rather than a lifetime",
            field: .privilege(service: index, id: privilege.id), value: .number(privilege.value),
            expected: 86_400, unit: .seconds))
      }
    }
    return findings
  }
}
