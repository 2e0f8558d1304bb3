import AgoraToken

/// AT100 `decode_error`: the input could not be decoded as an Agora token.
///
/// Source: the error vocabulary and order of checks in `shared/vectors/README.md`, which follow
/// `AccessToken.from_string` in `python3/src/AccessToken2.py`.
struct DecodeErrorRule: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT100", name: "decode_error", severity: .error, category: .structure,
    structural: false,
    summary:
      "The input could not be decoded as an Agora token.",
    explanation:
      "The text is not a token the SDK can read: a wrong version prefix, damaged base64 or zlib data, or a payload that ends early. The SDK rejects it as an invalid token.",
    fix:
      "Copy the complete token again from the token server's response, without quotes, escapes or line breaks.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let error = inspection.error else { return [] }
    var message = "\(error.kind.rawValue): \(error.message)"
    if let recognition = inspection.recognition { message += " (\(recognition.message))" }
    return [descriptor.finding(message, value: .text(error.kind.rawValue))]
  }
}
