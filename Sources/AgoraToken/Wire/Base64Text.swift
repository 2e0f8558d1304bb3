#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Strict standard base64 (RFC 4648 section 4, with `=` padding), as the token formats use it.
///
/// Foundation does the decoding; this type first finds the exact character that makes a body
/// invalid, so that the error can point at it.
enum Base64Text {
  /// Decodes `text`, which must use the standard alphabet with correct padding.
  /// - Parameter textOffset: where `text` starts in the token text, for error offsets.
  /// - Throws: ``TokenError`` of kind `bad_base64` naming the offending character offset.
  static func decode(_ text: Substring, textOffset: Int) throws(TokenError) -> [UInt8] {
    [UInt8](try decodeData(text, textOffset: textOffset))
  }

  /// ``decode(_:textOffset:)`` without the copy to an array, for callers that only read the bytes.
  /// - Throws: as ``decode(_:textOffset:)``.
  static func decodeData(_ text: Substring, textOffset: Int) throws(TokenError) -> Data {
    // Foundation rejects every byte outside the alphabet but accepts `=` anywhere after the
    // first quartet and any amount of padding, so a decoded body passes when its `=` are at most
    // the last two characters. Anything else takes the slow path, which names the offending
    // character. Scanning every body first cost 2,200 instructions per 007 token.
    if let data = Data(base64Encoded: String(text)),
      text.utf8.withContiguousStorageIfAvailable(hasStrictPadding)
        ?? Array(text.utf8).withUnsafeBufferPointer(hasStrictPadding)
    {
      return data
    }
    try explainFailure(text, textOffset: textOffset)
    throw TokenError(.badBase64, offset: textOffset, in: .text, "the body is not valid base64")
  }

  /// Whether a body that Foundation decoded has a length that is a multiple of 4 and `=` only as
  /// its last one or two characters.
  private static func hasStrictPadding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes.count % 4 == 0 else { return false }
    var end = bytes.count
    while end > 0, bytes.count - end < 2, bytes[end - 1] == 0x3D { end -= 1 }
    return !bytes[..<end].contains(0x3D)
  }

  /// Throws the error that names what makes `text` invalid base64, if the checks find it.
  private static func explainFailure(_ text: Substring, textOffset: Int) throws(TokenError) {
    let utf8 = text.utf8
    // A loop over the contiguous bytes: iterating the Substring's UTF-8 view cost about 45
    // instructions a byte, more than Foundation's decoding itself.
    let (padding, bad) =
      utf8.withContiguousStorageIfAvailable(scan) ?? Array(utf8).withUnsafeBufferPointer(scan)
    if let bad {
      let shown = describe(text, at: bad.index, byte: bad.byte)
      let reason =
        padding > 0
        ? "\(shown) after '=' padding" : "\(shown) is not in the standard base64 alphabet"
      throw TokenError(
        .badBase64, offset: textOffset + bad.index, in: .text,
        "\(reason) at character \(textOffset + bad.index)")
    }
    if utf8.count % 4 == 1 {
      throw TokenError(
        .badBase64, offset: textOffset + utf8.count, in: .text,
        "the base64 body has \(utf8.count) character\(utf8.count == 1 ? "" : "s"), 1 more than a multiple of 4, which no base64 text can have: a character was lost or added while copying"
      )
    }
    if utf8.count % 4 != 0 || padding > 2 {
      throw TokenError(
        .badBase64, offset: textOffset + utf8.count, in: .text,
        "the base64 body has \(utf8.count) characters with \(padding) '=': the padding does not fit the length (repair add_padding, or copy the token again)"
      )
    }
  }

  /// Encodes `bytes` as standard base64 with padding, as Python's `base64.b64encode` does.
  static func encode(_ bytes: [UInt8]) -> String {
    Data(bytes).base64EncodedString()
  }

  /// The count of `=`, and the first byte that is neither base64 nor padding, or follows padding.
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    padding: Int, bad: (index: Int, byte: UInt8)?
  ) {
    var padding = 0
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == 0x3D {
        padding += 1
        continue
      }
      let isAlphabet =
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2F
      if padding > 0 || !isAlphabet { return (padding, (index, byte)) }
    }
    return (padding, nil)
  }

  /// The offending character for a message: the character itself when it is printable ASCII, its
  /// code point otherwise (never the raw character, which may be invisible or reorder the line).
  private static func describe(_ text: Substring, at index: Int, byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
    // The scan stops at the first byte outside the alphabet, so a non-ASCII byte here starts a
    // character.
    if byte >= 0x80,
      let start = text.utf8.index(
        text.utf8.startIndex, offsetBy: index, limitedBy: text.utf8.endIndex),
      let scalar = text.unicodeScalars[start...].first
    {
      let code = Hex.codePoint(scalar)
      return scalar == "\u{FFFD}"
        ? "\(code) (the replacement for bytes that are not UTF-8)" : "the character \(code)"
    }
    return "byte 0x" + String(byte, radix: 16)
  }
}
