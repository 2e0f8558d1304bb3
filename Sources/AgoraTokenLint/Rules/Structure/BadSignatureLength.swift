import AgoraToken

/// AT109 `bad_signature_length`: the signature is not the length its version signs (32 bytes for
/// 007 and 006).
///
/// Source: `AccessToken.__signing` in `python3/src/AccessToken2.py` produces an HMAC-SHA256, which
/// is always 32 bytes.
struct BadSignatureLength: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT109", name: "bad_signature_length", severity: .error, category: .structure,
    structural: false,
    summary:
      "The signature has the wrong length for its version, so it can never verify.",
    explanation:
      "A 007 or 006 signature is an HMAC-SHA256 of 32 bytes, a DynamicKey5 signature 40 hex characters of HMAC-SHA1. Any other length means the token was assembled by hand or damaged before it was encoded; no certificate reproduces it (error 110).",
    fix:
      "Rebuild the token with a reference builder.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    let count =
      inspection.accessToken2?.signature.count
      ?? inspection.accessToken006?.signature.count
    return inspection.decodeWarnings(.badSignatureLength).map { warning in
      descriptor.finding(
        warning.message, field: .token(.signature), value: count.map { .number($0) },
        expected: count == nil ? nil : 32, unit: count == nil ? nil : .bytes)
    }
  }
}
