import AgoraToken

/// AT405 `certificate_not_hex32`: a certificate given is not 32 hexadecimal characters.
///
/// Source: the Agora console issues App Certificates as 32 hex characters, and Agora's Python
/// and Node verifiers refuse any other certificate before computing an HMAC. The finding names
/// the certificate's origin, never its value, and holds even when its HMAC happens to match.
struct CertificateNotHex32: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT405", name: "certificate_not_hex32", severity: .warning, category: .signature,
    structural: false,
    summary:
      "A certificate given is not 32 hexadecimal characters.",
    explanation:
      "App Certificates are 32 hexadecimal characters. A value of another shape is usually a copy error (a missing character, a quote, the App ID pasted twice), and Agora's own verifiers refuse it before checking anything, even if it happens to reproduce the signature.",
    fix:
      "Copy the App Certificate again from the Agora console (Project management, Config) into the certificate file or variable.",
    source: RuleSource.authentication)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    context.certificates.filter { !$0.isHex32 }.map { certificate in
      descriptor.finding(
        "the certificate from \(certificate.origin) has \(certificate.secret.count) characters and is not 32 hexadecimal digits",
        value: .number(certificate.secret.count), expected: 32, unit: .characters)
    }
  }
}
