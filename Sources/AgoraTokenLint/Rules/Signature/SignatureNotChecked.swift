import AgoraToken

/// AT402 `signature_not_checked`: no certificate was given, so the signature was not checked.
///
/// Source: `AccessToken.verify_signature` in `python3/src/AccessToken2.py` needs the certificate.
struct SignatureNotChecked: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT402", name: "signature_not_checked", severity: .info, category: .signature,
    structural: false,
    summary:
      "The signature was not checked: no certificate was given.",
    explanation:
      "Only the App Certificate can reproduce the signature. Without it, agtoken reads the token's fields but cannot say whether Agora will accept it.",
    fix:
      "Pass the certificate with --cert-file, --cert-env, --cert-stdin or AGORA_APP_CERTIFICATE (never as a flag value).",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard inspection.decoded != nil, inspection.signature.status == .notChecked else { return [] }
    let reason = inspection.signature.hints.first ?? "no certificate given"
    return [
      descriptor.finding("the signature was not checked: \(reason)", field: .token(.signature))
    ]
  }
}
