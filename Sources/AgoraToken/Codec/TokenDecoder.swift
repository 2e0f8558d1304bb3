/// Decodes token text of any supported version.
///
/// The text must already be clean: input repair (trimming, quotes, URL decoding, ...) is a separate,
/// reported step. Order of checks: size limit, empty, version, then the version's own codec
/// (`shared/vectors/README.md`, "Order of checks"). Keys without a prefix are recognised by shape:
/// DynamicKey2 (110 characters) and DynamicKey (90 characters) of hex and digits in their places.
public enum TokenDecoder {
  /// Decodes `text`.
  /// - Parameter inflated007: the inflated payload of `text`'s 007 body when the caller has it
  ///   already (``InputRepair/Result/inflated007``); used only if `text` dispatches to 007.
  /// - Throws: ``TokenError``: `too_large` past ``DecodeLimits/maxTextBytes``, `empty`,
  ///   `unknown_version`, or any error of the version's codec.
  public static func decode(
    _ text: String, options: DecodeOptions = DecodeOptions(), inflated007: [UInt8]? = nil
  ) throws(TokenError) -> DecodedToken {
    let size = text.utf8.count
    guard size <= options.limits.maxTextBytes else {
      throw TokenError(
        .tooLarge, offset: options.limits.maxTextBytes, in: .text,
        "the input is \(size) bytes; the limit is \(options.limits.maxTextBytes) bytes, far above any real token"
      )
    }
    guard size > 0 else { throw TokenError(.empty, offset: 0, in: .text, "the token is empty") }
    let whole = Substring(text)
    // A DynamicKey2 signature is random hex and may start with a version-like "006".
    if LegacyTokenCodec.looksLikeUnprefixedKey(whole) {
      return try LegacyTokenCodec.decode(whole, options: options)
    }
    switch whole.prefix(3) {
    case "007":
      if let inflated007 {
        return try AccessToken2Codec.decode(inflated: inflated007, options: options)
      }
      return try AccessToken2Codec.decode(whole, options: options)
    case "006":
      return try AccessToken006Codec.decode(whole, options: options)
    case "005", "004", "003":
      return try LegacyTokenCodec.decode(whole, options: options)
    default:
      if whole.hasPrefix("1:") { return try LegacyTokenCodec.decode(whole, options: options) }
      // Characters a person cannot read are named by code point, as base64 errors do.
      let shown = whole.unicodeScalars.prefix(3).map { scalar in
        scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F
          ? String(Character(scalar)) : "<\(Hex.codePoint(scalar))>"
      }.joined()
      throw TokenError(
        .unknownVersion, offset: 0, in: .text,
        "the token starts with '\(shown)', not a known version (007, 006, 005, 004, 003, a signaling token '1:', or a 110/90-character DynamicKey)"
      )
    }
  }
}
