import AgoraToken

/// AT101 `app_id_not_hex32`: the app id is not 32 hexadecimal characters.
///
/// Source: `AccessToken.__build_check` in `python3/src/AccessToken2.py` refuses such an app id;
/// the Node.js, Java and Go verifiers refuse to verify it.
struct AppIDNotHex32: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT101", name: "app_id_not_hex32", severity: .error, category: .structure,
    structural: true,
    summary:
      "The app id is not 32 hexadecimal characters.",
    explanation:
      "Every App ID from the Agora console is 32 hexadecimal characters. The reference builders refuse anything else, and most verifiers refuse to check such a token.",
    fix:
      "Build the token with the App ID exactly as the Agora console shows it (Project Management > your project).",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    inspection.decodeWarnings(.badAppID).map { warning in
      descriptor.finding(
        warning.message, field: .token(.appID),
        value: inspection.decoded.map { .text($0.token.appID) })
    }
  }
}
