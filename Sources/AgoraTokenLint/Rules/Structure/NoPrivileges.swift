import AgoraToken

/// AT105 `no_privileges`: a known service carries an empty privilege map.
///
/// Source: `Service.add_privilege` and `Service.pack` in `python3/src/AccessToken2.py`.
struct NoPrivileges: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT105", name: "no_privileges", severity: .warning, category: .structure,
    structural: true,
    summary: "A service carries no privilege.",
    explanation:
      "A service grants only the privileges in its map. With an empty map the service is present but grants nothing (no joinChannel, no login).",
    fix:
      "Add the privileges the client needs (RTC: joinChannel, and publish privileges for hosts).",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard service.privileges.isEmpty else { return nil }
      return descriptor.finding(
        "service \(service.type) has an empty privilege map: it grants nothing",
        field: Pointer.field(index, "privileges"))
    }
  }
}
