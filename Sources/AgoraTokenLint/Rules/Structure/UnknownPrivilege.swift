import AgoraToken

/// AT106 `unknown_privilege`: a privilege id that is not defined for its service type.
///
/// Source: the `kPrivilege*` constants of each `Service*` class in `python3/src/AccessToken2.py`.
struct UnknownPrivilege: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT106", name: "unknown_privilege", severity: .warning, category: .structure,
    structural: true,
    summary:
      "A privilege id that its service does not define.",
    explanation:
      "Each service defines a few privilege ids (RTC: 1 joinChannel, 2 publishAudioStream, 3 publishVideoStream, 4 publishDataStream). Any other id grants nothing and usually means a constant from another service or product was used.",
    fix:
      "Use the privilege constants of the service's own builder.",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      for privilege in service.privileges where service.type.privilegeName(privilege.id) == nil {
        findings.append(
          descriptor.finding(
            "privilege id \(privilege.id) is not defined for \(service.type)",
            field: .privilege(service: index, id: privilege.id), value: .number(privilege.id)))
      }
    }
    return findings
  }
}
