import AgoraToken

/// AT101 `app_id_not_hex32`: the app id is not 32 hexadecimal characters.
///
/// Source: `AccessToken.__build_check` in `python3/src/AccessToken2.py` refuses such an app id;
/// the Node.js, Java and Go verifiers refuse to verify it.
struct AppIDNotHex32: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT101", name: "app_id_not_hex32", severity: .error, category: .structure,
    structural: true,
    summary: "The app id is not 32 hexadecimal characters.",
    explanation:
      "Every App ID from the Agora console is 32 hexadecimal characters. The reference builders refuse anything else, and most verifiers refuse to check such a token.",
    fix:
      "Build the token with the App ID exactly as the Agora console shows it (Project Management > your project).",
    source: RuleSource.accessToken2, agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    // 007 and 006 carry the app id as text; the legacy keys are checked by their own codecs.
    guard let appID = inspection.accessToken2?.appID ?? inspection.accessToken006?.appID,
      !isHex32(appID)
    else { return [] }
    return [
      descriptor.finding(
        "the app id \"\(appID)\" is \(appID.utf8.count) bytes, not 32 hexadecimal characters",
        field: "/app_id", value: .text(appID))
    ]
  }
}
