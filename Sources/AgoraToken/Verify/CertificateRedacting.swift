/// A value that holds an App Certificate and prints without it.
///
/// `description`, `debugDescription` and `customMirror` (what `print`, `String(reflecting:)`,
/// `dump` and debuggers show) all list ``redactedFields``, in which the certificate stands as
/// `<redacted>`. ``AppCertificate``, ``AccessToken2Builder`` and ``AccessToken006Builder`` conform,
/// so no log line or crash dump of them contains a secret.
public protocol CertificateRedacting: CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// The members to show, in order, with the certificate as `<redacted>`.
  var redactedFields: KeyValuePairs<String, Any> { get }
}

extension CertificateRedacting {
  /// `TypeName(name: value, ...)` over ``redactedFields``.
  public var description: String {
    let members = redactedFields.map { "\($0.key): \($0.value)" }
    return "\(Self.self)(\(members.joined(separator: ", ")))"
  }

  /// Same as ``description``.
  public var debugDescription: String { description }

  /// A mirror of ``redactedFields`` only, so `dump` cannot print the certificate.
  public var customMirror: Mirror {
    Mirror(self, children: redactedFields.map { (label: $0.key, value: $0.value) })
  }
}
