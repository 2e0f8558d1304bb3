/// An App Certificate: the secret that signs tokens, used by 007 and 006 as its 32-character text.
///
/// The value never prints: `description` and `debugDescription` are redacted, and the type is not
/// `Codable`, so no report can contain it by accident.
public struct AppCertificate: Sendable, CertificateRedacting {
  /// The certificate text, used as HMAC key material. Handle with care.
  public let secret: String
  /// Where the certificate came from, for reports (for example `file certs.txt line 2`). Never the value.
  public let origin: String

  /// Wraps a certificate read from `origin`.
  public init(secret: String, origin: String) {
    self.secret = secret
    self.origin = origin
  }

  /// Whether the text is 32 hexadecimal characters, as the Agora console issues them.
  public var isHex32: Bool { AgoraToken.isHex32(secret) }

  /// The secret as `<redacted>`, and the origin: `AppCertificate(secret: <redacted>, origin: ...)`.
  public var redactedFields: KeyValuePairs<String, Any> {
    ["secret": "<redacted>", "origin": origin]
  }
}

extension Sequence<AppCertificate> {
  /// Whether `text` is one of these certificates, in any letter case: the one test behind every
  /// place that must not print a certificate the user gave as something else (a token, an App ID).
  package func containsSecret(_ text: String) -> Bool {
    var lowered: String?
    return contains { certificate in
      if lowered == nil { lowered = text.lowercased() }
      return certificate.secret.lowercased() == lowered
    }
  }
}
