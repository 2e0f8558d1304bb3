import AgoraToken

/// AT501 `legacy_version`: the token is not a 007 AccessToken2.
///
/// Source: Agora's authentication guide, which recommends AccessToken2 (007) for every product;
/// 006 and older formats are kept for compatibility only.
struct LegacyVersion: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT501", name: "legacy_version", severity: .warning, category: .version,
    structural: false,
    summary:
      "The token is not a 007 AccessToken2; Agora recommends 007.",
    explanation:
      "006 AccessToken and the older DynamicKey formats sign fewer fields (006 stores only CRCs of the channel and uid) and are kept for compatibility. New SDK features and services need AccessToken2.",
    fix:
      "Build tokens with the *TokenBuilder2 classes (AccessToken2, prefix 007).",
    source: RuleSource.accessToken2Upgrade)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.decoded?.token, token.version != "007" else { return [] }
    return [
      descriptor.finding(
        "the token is \(token.formatName), not 007 (AccessToken2)", field: .token(.version),
        value: .text(token.version), expected: "007")
    ]
  }
}
