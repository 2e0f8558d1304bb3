/// Decodes token text of any supported version.
///
/// The text must already be clean: input repair (trimming, quotes, URL decoding, ...) is a separate,
/// reported step. Order of checks: size limit, empty, version, then the version's own codec
/// (`shared/vectors/README.md`, "Order of checks").
public enum TokenDecoder {
  /// Decodes `text`.
  /// - Throws: ``TokenError``: `too_large` past ``DecodeLimits/maxTextBytes``, `empty`,
  ///   `unknown_version`, or any error of the version's codec.
  public static func decode(_ text: String, options: DecodeOptions = DecodeOptions())
    throws(TokenError) -> DecodedToken
  {
    let size = text.utf8.count
    guard size <= options.limits.maxTextBytes else {
      throw TokenError(
        .tooLarge, offset: options.limits.maxTextBytes, in: .text,
        "the input is \(size) bytes; the limit is \(options.limits.maxTextBytes) bytes, far above any real token"
      )
    }
    guard size > 0 else { throw TokenError(.empty, offset: 0, in: .text, "the token is empty") }
    let whole = Substring(text)
    switch whole.prefix(3) {
    case "007":
      return try AccessToken2Codec.decode(whole, options: options)
    default:
      let shown = String(
        whole.prefix(3).unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "?" })
      throw TokenError(
        .unknownVersion, offset: 0, in: .text,
        "the token starts with '\(shown)', not a known version (007, 006, 005, 004, 003)")
    }
  }
}
