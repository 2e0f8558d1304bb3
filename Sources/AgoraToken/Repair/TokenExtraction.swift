/// Finds tokens inside larger inputs: the string fields of a JSON body, or tokens in free text.
///
/// The tokens found are handed to the ``Inspector`` as they are; the repair pipeline and the
/// after-fixes then deal with any damage, and every repair is reported.
public enum TokenExtraction {
  /// Whether `value` has the shape of a token: `007e…`, `006` + 32 hex + a body, `005…`, `YWMt…`.
  ///
  /// Used to pick the string fields of JSON bodies. Damaged tokens still match as long as their start
  /// is intact; 004/003 hex keys match only under a key named like a token.
  public static func looksLikeToken(_ value: String) -> Bool {
    let text = InputRepair.trimmed(value)
    let bytes = Array(text.utf8)
    guard bytes.count >= 16 else { return false }
    if text.hasPrefix("007e") || text.hasPrefix("005") || text.hasPrefix(ChatRestToken.prefix) {
      return true
    }
    if text.hasPrefix("006") {
      return bytes.count > 35 && bytes[3..<35].allSatisfy(\.isHexDigitASCII)
    }
    return false
  }

  /// Whether a JSON member named `key` holds a token whatever its value looks like
  /// (`token`, `access_token`, `rtcToken`, `rtm_token`, ...).
  public static func isTokenKey(_ key: String) -> Bool {
    key.lowercased().hasSuffix("token")
  }

  /// The token strings of a JSON object or array, in the order they appear in `text`.
  ///
  /// A string member is taken when its key is named like a token (``isTokenKey(_:)``) or its value
  /// looks like one (``looksLikeToken(_:)``); with `searchText`, tokens inside other strings are
  /// found by pattern too (``tokens(inFreeText:)``). Nested objects and arrays are searched.
  /// - Returns: `nil` when `text` does not start with `{` or `[` or is not JSON; otherwise the tokens
  ///   (possibly none).
  public static func tokens(inJSON text: String, searchText: Bool = false) -> [String]? {
    let trimmed = InputRepair.trimmed(text)
    guard trimmed.hasPrefix("{") || trimmed.hasPrefix("["), let value = JSONValue.parse(trimmed)
    else { return nil }
    var found: [String] = []
    collect(value, key: nil, searchText: searchText, into: &found)
    return inTextOrder(found, text: trimmed)
  }

  /// Every token in a line of free text (a log line, a URL, a shell command), in order.
  ///
  /// Patterns: `007e` + body, `006` + 32 hex + body, `YWMt` + base64url; a body may hold `%XX`
  /// escapes and JSON-escaped `\/`, which the repair pipeline or an after-fix then handles.
  /// A token must not start inside a longer base64 word.
  public static func tokens(inFreeText text: String) -> [String] {
    guard text.contains("007e") || text.contains("006") || text.contains(ChatRestToken.prefix)
    else { return [] }
    return FreeTextScanner.scan(text)
  }

  private static func collect(
    _ value: JSONValue, key: String?, searchText: Bool, into found: inout [String]
  ) {
    switch value {
    case .string(let string):
      if key.map(isTokenKey) == true || looksLikeToken(string) {
        found.append(string)
      } else if searchText {
        found += tokens(inFreeText: string)
      }
    case .array(let values):
      for element in values { collect(element, key: key, searchText: searchText, into: &found) }
    case .object(let members):
      for (name, member) in members.sorted(by: { $0.key < $1.key }) {
        collect(member, key: name, searchText: searchText, into: &found)
      }
    case .number, .bool, .null:
      break
    }
  }

  /// Orders `tokens` by where each appears in `text` (decoded objects do not keep member order).
  private static func inTextOrder(_ tokens: [String], text: String) -> [String] {
    var searchFrom: [String: String.Index] = [:]
    let positioned = tokens.enumerated().map { pair -> (Int, Int, String) in
      let (index, token) = pair
      let start = searchFrom[token] ?? text.startIndex
      let forms = [token, token.replacingSlashes()]
      for form in forms where !form.isEmpty {
        if let range = text.range(of: form, from: start) {
          searchFrom[token] = range.upperBound
          return (text.utf8.distance(from: text.startIndex, to: range.lowerBound), index, token)
        }
      }
      return (Int.max, index, token)
    }
    return positioned.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }
}

/// The scanner behind ``TokenExtraction/tokens(inFreeText:)``.
///
/// A byte scanner rather than a Swift `Regex`: Swift regexes have no lookbehind and are not
/// `Sendable`, and this runs once per line of a log that may have millions of lines.
enum FreeTextScanner {
  /// The shortest body accepted after a prefix, so that words like `007eleven` are not tokens.
  static let minimumBody = 10

  static func scan(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var found: [String] = []
    var index = 0
    while index < bytes.count {
      if index == 0 || !isBodyByte(bytes[index - 1]) || followsEscapeSequence(bytes, at: index),
        let end = tokenEnd(bytes, from: index)
      {
        found.append(String(decoding: bytes[index..<end], as: UTF8.self))
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether an ANSI CSI sequence (`ESC [`, parameters, a final byte such as the `m` of a
  /// colour) ends right before `index`: coloured log lines put one straight before a token, and
  /// its final letter would otherwise read as part of the token's body.
  static func followsEscapeSequence(_ bytes: [UInt8], at index: Int) -> Bool {
    var cursor = index - 1
    guard cursor >= 2, (0x40...0x7E).contains(bytes[cursor]) else { return false }
    cursor -= 1
    while cursor >= 1, (0x20...0x3F).contains(bytes[cursor]) { cursor -= 1 }
    return cursor >= 1 && bytes[cursor] == UInt8(ascii: "[") && bytes[cursor - 1] == 0x1B
  }

  /// Where a token starting at `start` ends, or `nil` when none starts there.
  static func tokenEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    if hasPrefix(bytes, at: start, "YWMt") {
      var end = start + 4
      while end < bytes.count && TokenTextLayout.isURLSafeBase64(bytes[end]) { end += 1 }
      return end - start - 4 >= minimumBody ? end : nil
    }
    var bodyStart: Int
    if hasPrefix(bytes, at: start, "007e") {
      bodyStart = start + 4
    } else if hasPrefix(bytes, at: start, "006"), start + 35 <= bytes.count,
      bytes[(start + 3)..<(start + 35)].allSatisfy(\.isHexDigitASCII)
    {
      bodyStart = start + 35
    } else {
      return nil
    }
    var end = bodyStart
    while end < bytes.count {
      if isBodyByte(bytes[end]) {
        end += 1
      } else if let escape = escapeLength(bytes, at: end) ?? strayCharacterLength(bytes, at: end) {
        end += escape
      } else {
        break
      }
    }
    guard end - bodyStart >= minimumBody else { return nil }
    for _ in 0..<2 {
      if end < bytes.count && bytes[end] == UInt8(ascii: "=") {
        end += 1
      } else if hasPrefix(bytes, at: end, "%3D") || hasPrefix(bytes, at: end, "%3d") {
        end += 3
      }
    }
    return end
  }

  /// The length of a `%XX` (not `%3D`, which is padding) or `\/` escape at `index`, if any.
  static func escapeLength(_ bytes: [UInt8], at index: Int) -> Int? {
    if hasPrefix(bytes, at: index, "\\/") { return 2 }
    guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "%"),
      bytes[index + 1].isHexDigitASCII, bytes[index + 2].isHexDigitASCII,
      !(bytes[index + 1] == UInt8(ascii: "3") && (bytes[index + 2] | 0x20) == UInt8(ascii: "d"))
    else { return nil }
    return 3
  }

  /// The length in bytes of an invisible character (``InvisibleCharacters``, but not a tab or
  /// line break, which separate words) at `index` that has more of the body right after it: a
  /// zero-width space pasted inside a token belongs to it, so that the token is found whole and
  /// its `remove_invisible_characters` after-fix can name the character.
  static func strayCharacterLength(_ bytes: [UInt8], at index: Int) -> Int? {
    var iterator = bytes[index...].makeIterator()
    var decoder = Unicode.UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator),
      InvisibleCharacters.contains(scalar), !(0x09...0x0D).contains(scalar.value)
    else { return nil }
    let length = UTF8.width(scalar)
    guard index + length < bytes.count, isBodyByte(bytes[index + length]) else { return nil }
    return length
  }

  static func isBodyByte(_ byte: UInt8) -> Bool {
    TokenTextLayout.isStandardBase64(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
  }

  static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
    let prefixBytes = Array(prefix.utf8)
    guard index + prefixBytes.count <= bytes.count else { return false }
    return bytes[index..<(index + prefixBytes.count)].elementsEqual(prefixBytes)
  }
}

extension String {
  /// The text with every `/` written as the JSON escape `\/`.
  fileprivate func replacingSlashes() -> String {
    replacing("/", with: "\\/")
  }

  /// The first range of `other` at or after `start`.
  fileprivate func range(of other: String, from start: String.Index) -> Range<String.Index>? {
    self[start...].firstRange(of: other)
  }
}
