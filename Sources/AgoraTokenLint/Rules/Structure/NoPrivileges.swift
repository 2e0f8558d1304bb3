import AgoraToken

/// AT105 `no_privileges`: a known 007 service, or a 006 token, carries an empty privilege map.
///
/// Source: `Service.add_privilege` and `Service.pack` in `python3/src/AccessToken2.py`;
/// `AccessToken.py` (006): a token without privileges cannot join a channel (SDK error 17,
/// join rejected).
struct NoPrivileges: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT105", name: "no_privileges", severity: .warning, category: .structure,
    structural: true,
    summary:
      "A service carries no privilege.",
    explanation:
      "A service grants only the privileges in its map. With an empty map the service is present but grants nothing (no joinChannel, no login). A 006 token with no privileges cannot join a channel: the SDK reports error 17 (join rejected).",
    fix:
      "Add the privileges the client needs (RTC: joinChannel, and publish privileges for hosts).",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let token = inspection.accessToken006 {
      guard token.privileges.isEmpty else { return [] }
      return [
        descriptor.finding(
          "the 006 token has an empty privilege map: it grants nothing, so joining fails (SDK error 17)",
          field: .token(.privileges))
      ]
    }
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard service.privileges.isEmpty else { return nil }
      return descriptor.finding(
        "service \(service.type) has an empty privilege map: it grants nothing",
        field: .serviceField(index, .privileges))
    }
  }
}
