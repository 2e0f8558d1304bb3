import AgoraToken

/// AT104 `repeated_service_type`: the same service type appears more than once.
///
/// Source: `AccessToken.add_service` in `python3/src/AccessToken2.py` keeps every service it is
/// given; which one a server honours is not documented.
struct RepeatedServiceType: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT104", name: "repeated_service_type", severity: .warning, category: .structure,
    structural: true,
    summary:
      "The same service type appears more than once.",
    explanation:
      "Builders and parsers accept repeated services and keep their order, but which copy a server uses is not documented, so the privileges that apply are uncertain.",
    fix:
      "Build one service per type; put every privilege the user needs into that one service.",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    var seen: Set<UInt16> = []
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      if seen.insert(service.type.rawValue).inserted { continue }
      findings.append(
        descriptor.finding(
          "service \(service.type) appears again at position \(index)",
          field: .service(index), value: .text(service.type.description)))
    }
    return findings
  }
}
