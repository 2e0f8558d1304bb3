import AgoraToken

/// AT401 `signature_invalid`: none of the certificates given reproduces the signature.
///
/// Source: `AccessToken.verify_signature` in `python3/src/AccessToken2.py`; the SDK reports error
/// 110 (invalid token).
struct SignatureInvalid: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT401", name: "signature_invalid", severity: .error, category: .signature,
    structural: false,
    summary:
      "The signature does not verify with the certificates given.",
    explanation:
      "The signature is an HMAC-SHA256 over the token's content keyed by the App Certificate. If no certificate reproduces it, the token was signed with another certificate (another project, a rotated or secondary certificate) or its content was changed; the SDK reports error 110.",
    fix:
      "Check that the token server uses the App Certificate of the same project as the App ID, and that the token was not altered.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard inspection.decoded != nil, inspection.signature.status == .invalid else { return [] }
    let hint = inspection.signature.hints.first.map { ": \($0)" } ?? ""
    return [
      descriptor.finding(
        "the signature does not verify with the certificates given\(hint)",
        field: .token(.signature))
    ]
  }
}
