/// `%XX` decoding as URLs and `application/x-www-form-urlencoded` bodies use it.
///
/// Source: WHATWG URL Standard, "percent-decode" and "application/x-www-form-urlencoded parsing".
/// FoundationEssentials has no `removingPercentEncoding`, and Foundation's refuses a whole string
/// for one stray `%`; the standard's rule leaves a `%` that is not followed by two hex digits as it is.
package enum PercentEncoding {
  /// Decodes every `%XX` escape of `text` (and, for form bodies, `+` to a space).
  /// - Returns: the decoded text (invalid UTF-8 becomes U+FFFD) and how many escapes were decoded.
  static func decode<S: StringProtocol>(_ text: S, plusAsSpace: Bool) -> (
    text: String, escapes: Int
  ) {
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var escapes = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "%"), index + 2 < bytes.count,
        let high = Hex.value(bytes[index + 1]), let low = Hex.value(bytes[index + 2])
      {
        output.append(high << 4 | low)
        escapes += 1
        index += 3
        continue
      }
      output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
      index += 1
    }
    return (String(decoding: output, as: UTF8.self), escapes)
  }

  /// Whether `text` holds at least one `%XX` escape.
  package static func containsEscape<S: StringProtocol>(_ text: S) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 3 else { return false }
    for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") {
      if bytes[index + 1].isHexDigitASCII && bytes[index + 2].isHexDigitASCII { return true }
    }
    return false
  }
}
