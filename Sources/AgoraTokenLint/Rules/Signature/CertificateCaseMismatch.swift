import AgoraToken

/// AT403 `certificate_case_mismatch`: the token verifies only with the certificate in another
/// letter case.
///
/// Source: `AccessToken.__signing` in `python3/src/AccessToken2.py` uses the certificate as text,
/// so `ABC…` and `abc…` are different keys.
struct CertificateCaseMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT403", name: "certificate_case_mismatch", severity: .error, category: .signature,
    structural: false,
    summary:
      "The token verifies only with the certificate in another letter case.",
    explanation:
      "007 and 006 use the App Certificate as text for the HMAC key, so its letter case matters. The token server and the verifier hold the same certificate in different cases.",
    fix:
      "Use the certificate exactly as the Agora console shows it, on the token server and everywhere you verify.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard inspection.decoded != nil, inspection.signature.status != .valid,
      inspection.signature.verifiesWithCaseChanged
    else { return [] }
    return [
      descriptor.finding(
        "the signature verifies with the certificate in another letter case, not as given",
        field: .token(.signature))
    ]
  }
}
