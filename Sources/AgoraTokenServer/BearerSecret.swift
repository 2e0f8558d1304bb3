import Crypto

/// The shared secret that `--auth-token-file` holds: token endpoints then require
/// `Authorization: Bearer <secret>`.
///
/// The value never prints (`description` is redacted). ``matches(_:)`` compares in constant time:
/// it checks an HMAC of the presented value under a per-process random key with
/// `HMAC.isValidAuthenticationCode`, so neither the contents nor the length of the secret leak
/// through timing.
public struct BearerSecret: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
  private let key: SymmetricKey
  private let expected: HashedAuthenticationCode<SHA256>

  /// Wraps `secret`, the text clients send after `Bearer `.
  public init(_ secret: String) {
    key = SymmetricKey(size: .bits256)
    expected = HMAC<SHA256>.authenticationCode(for: Array(secret.utf8), using: key)
  }

  /// Whether `presented` equals the secret, compared in constant time.
  public func matches(_ presented: String) -> Bool {
    HMAC<SHA256>.isValidAuthenticationCode(
      expected, authenticating: Array(presented.utf8), using: key)
  }

  /// `BearerSecret(<redacted>)`.
  public var description: String { "BearerSecret(<redacted>)" }
  /// `BearerSecret(<redacted>)`.
  public var debugDescription: String { description }
}
