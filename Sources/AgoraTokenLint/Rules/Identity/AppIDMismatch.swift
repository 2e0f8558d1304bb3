import AgoraToken

/// AT310 `app_id_mismatch`: the token names another App ID than the client uses (`--app-id`).
///
/// Source: Agora's token authentication guide: the token must be built with the App ID that
/// initialises the SDK, or the join fails with error 110. Applies to every version: 007, 006 and
/// legacy keys all name the app id.
struct AppIDMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT310", name: "app_id_mismatch", severity: .error, category: .identity,
    structural: false,
    summary:
      "The token was built for another App ID than the client uses.",
    explanation:
      "A token is valid only for the project whose App ID built it. A client initialised with another App ID gets error 110 (invalid token).",
    fix:
      "Build the token with the App ID the client initialises the SDK with (same project, same environment).",
    source: RuleSource.authentication,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let expected = context.identity.appID, let token = inspection.decoded?.token,
      token.appID != expected
    else { return [] }
    // DynamicKey5 stores the app id as 16 raw bytes: letter case cannot differ there.
    if case .legacy(.dynamicKey5) = token, token.appID.lowercased() == expected.lowercased() {
      return []
    }
    // An App Certificate given as the App ID is a plausible mix-up; it is never printed.
    if context.certificates.containsSecret(expected) {
      return [
        descriptor.finding(
          "the client's App ID is one of the certificates given (not shown): pass the project's App ID (\(token.appID) in this token), not its App Certificate",
          field: .token(.appID), value: .text(token.appID))
      ]
    }
    var message = "the token's app id \(token.appID) is not the client's \(expected)"
    if token.appID.lowercased() == expected.lowercased() {
      message += " (they differ only in letter case)"
    }
    return [
      descriptor.finding(
        message, field: .token(.appID), value: .text(token.appID), expected: .text(expected))
    ]
  }
}
