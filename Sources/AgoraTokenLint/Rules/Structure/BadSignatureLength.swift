import AgoraToken

/// AT109 `bad_signature_length`: the signature is not 32 bytes.
///
/// Source: `AccessToken.__signing` in `python3/src/AccessToken2.py` produces an HMAC-SHA256, which
/// is always 32 bytes.
struct BadSignatureLength: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT109", name: "bad_signature_length", severity: .error, category: .structure,
    summary: "The signature is not 32 bytes, so it can never verify.",
    explanation:
      "A 007 signature is an HMAC-SHA256 of 32 bytes. Any other length means the token was assembled by hand or damaged before it was compressed; no certificate reproduces it (error 110).",
    fix: "Rebuild the token with a reference builder.", source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, token.signature.count != 32 else { return [] }
    return [
      descriptor.finding(
        "the signature is \(token.signature.count) bytes, not 32", field: "/signature_hex",
        value: .number(token.signature.count), expected: 32, unit: .bytes)
    ]
  }
}
