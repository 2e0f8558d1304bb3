import AgoraToken

/// AT321 `expect_privilege`: no service in the token grants a privilege given with
/// `--expect-privilege`.
///
/// Source: the privilege constants of the `Service*` classes in `python3/src/AccessToken2.py`; 006
/// privilege ids 1-4 (RTC) and 1000 (RTM `login`) of `python3/src/AccessToken.py`.
struct ExpectPrivilege: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT321", name: "expect_privilege", severity: .error, category: .identity,
    structural: false,
    summary:
      "No service grants a privilege the client needs (--expect-privilege).",
    explanation:
      "Privileges are granted per service: an RTC subscriber token has joinChannel only, so publishing audio or video fails even though joining works.",
    fix:
      "Build the token with the role or privileges the client needs (for example Role_Publisher for hosts).",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard !context.expectedPrivileges.isEmpty else { return [] }
    var granted: [String] = []
    let field: FieldPath
    if let token = inspection.accessToken2 {
      field = .token(.services)
      for service in token.services {
        for privilege in service.privileges {
          if let name = service.type.privilegeName(privilege.id) {
            granted.append(name.lowercased())
          }
        }
      }
    } else if let token = inspection.accessToken006 {
      field = .token(.privileges)
      granted = token.privileges.map { AccessToken006.lintName($0.id).lowercased() }
    } else {
      return []
    }
    return context.expectedPrivileges.filter { !granted.contains($0.lowercased()) }.map { name in
      descriptor.finding(
        "no service in the token grants \(name)", field: field, expected: .text(name))
    }
  }
}
