extension TokenError {
  /// The warning for a signature that is not the 32 bytes of an HMAC-SHA256, or `nil` when it is.
  /// 007 and 006 share it: both sign with HMAC-SHA256 (`shared/vectors/README.md`, "Signing").
  static func signatureLength(_ count: Int) -> TokenError? {
    guard count != 32 else { return nil }
    return TokenError(
      .badSignatureLength, offset: 0,
      "the signature is \(count) bytes; an HMAC-SHA256 signature is 32")
  }
}
