/// Where the parts of a token text sit, by version prefix, before the text is decoded.
///
/// Source: `shared/vectors/README.md`: 007 = `"007"` + base64 (zlib stream); 006 = `"006"` +
/// 32-character app id + base64 content; 005 (DynamicKey5) = `"005"` + base64; 004 and 003 are
/// hexadecimal text, so no base64 repair applies to them.
public enum TokenTextLayout {
  /// The version prefixes of the vectors' error vocabulary (`unknown_version`).
  public static let knownVersions: [String] = ["007", "006", "005", "004", "003"]

  /// Whether `text` starts with one of ``knownVersions``.
  public static func startsWithKnownVersion<S: StringProtocol>(_ text: S) -> Bool {
    knownVersions.contains { text.hasPrefix($0) }
  }

  /// The UTF-8 offset at which the base64 body starts, or `nil` when the text has no base64 body:
  /// an unknown or hexadecimal version, or a 006 text shorter than its 35-character prefix.
  public static func base64BodyOffset(_ text: String) -> Int? {
    if text.hasPrefix("007") || text.hasPrefix("005") { return 3 }
    if text.hasPrefix("006") { return text.utf8.count >= 35 ? 35 : nil }
    return nil
  }

  /// Whether `byte` is in the standard base64 alphabet (`A-Z a-z 0-9 + /`), padding excluded.
  static func isStandardBase64(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
  }

  /// Whether `byte` is in the URL-safe base64 alphabet (`A-Z a-z 0-9 - _`), padding excluded.
  static func isURLSafeBase64(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  /// Whether `byte` is an ASCII letter or digit.
  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      || (byte >= 0x30 && byte <= 0x39)
  }
}
