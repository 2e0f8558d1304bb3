/// A value that can sign a token: an ``AppCertificate``, or the certificate's 32-character text.
///
/// Builders accept either, so a server can pass the text it reads from its environment and the CLI
/// can pass the ``AppCertificate`` it loaded (which also names its origin for error messages).
public protocol AppCertificateConvertible: Sendable {
  /// The certificate, wrapped so that it never prints.
  var asAppCertificate: AppCertificate { get }
}

extension AppCertificate: AppCertificateConvertible {
  /// The certificate itself.
  public var asAppCertificate: AppCertificate { self }
}

extension String: AppCertificateConvertible {
  /// The text as a certificate whose origin is `argument`.
  public var asAppCertificate: AppCertificate { AppCertificate(secret: self, origin: "argument") }
}
