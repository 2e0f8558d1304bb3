extension TokenError {
  /// What a lenient decode of a 007 or 006 token reports and a strict decode rejects, in check
  /// order: trailing bytes, a signature that is not 32 bytes, an app id that is not 32 hex digits.
  /// The two versions share the checks and word the places in their own layout.
  ///
  /// - Parameters:
  ///   - trailing: the bytes after the last field, if any.
  ///   - trailingPlace: where they sit, in words (`"the last service at payload offset"`).
  ///   - trailingEffect: what the reference parsers and the signature make of them.
  ///   - signatureCount: the signature's length in bytes.
  ///   - appID: the app id as decoded.
  ///   - appIDError: the version's error for an app id that is not 32 hex digits.
  static func lenientDecodeWarnings(
    trailing: TrailingBytes?, trailingPlace: String, trailingEffect: String, signatureCount: Int,
    appID: String, appIDError: () -> TokenError
  ) -> [TokenError] {
    var found: [TokenError] = []
    if let trailing {
      found.append(
        TokenError(
          .trailingBytes, offset: trailing.offset,
          "\(trailing.count) bytes follow \(trailingPlace) \(trailing.offset); \(trailingEffect)"))
    }
    if let length = signatureLength(signatureCount) { found.append(length) }
    if !isHex32(appID) { found.append(appIDError()) }
    return found
  }

  /// The warning for a signature that is not the 32 bytes of an HMAC-SHA256, or `nil` when it is.
  /// 007 and 006 share it: both sign with HMAC-SHA256 (`shared/vectors/README.md`, "Signing").
  static func signatureLength(_ count: Int) -> TokenError? {
    guard count != 32 else { return nil }
    return TokenError(
      .badSignatureLength, offset: 0,
      "the signature is \(count) bytes; an HMAC-SHA256 signature is 32")
  }
}
