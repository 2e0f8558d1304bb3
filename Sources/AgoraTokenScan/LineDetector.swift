import AgoraToken

/// Finds tokens, certificates and App IDs in consecutive lines of text.
///
/// Tokens are found with the same extraction as `--extract` (``TokenExtraction``). A token that
/// reaches the end of its line and continues on the next ones (a hard wrap, or a string
/// concatenated across lines: `"007eJx..." +` / `"...";`) is also offered joined. 32 hexadecimal
/// characters are a certificate or an App ID when a name like `appCertificate` or `app_id` is
/// assigned them on the same line (`=`, `:`, `=>`, `<appCertificate>`, or a quoted name before
/// `,` as in `getenv("AGORA_APP_CERTIFICATE", "...")`); otherwise they are a bare candidate.
struct LineDetector {
  /// One line: its 1-based number and bytes, without the line break.
  struct Line {
    var number: Int
    var bytes: ArraySlice<UInt8>
  }

  /// Every sighting in `lines`, in line order.
  func sightings(in lines: [Line]) -> [Sighting] {
    var found: [Sighting] = []
    for (index, line) in lines.enumerated() {
      tokens(lines, at: index, into: &found)
      hexValues(line, into: &found)
    }
    return found
  }

  // MARK: Tokens

  private func tokens(_ lines: [Line], at index: Int, into found: inout [Sighting]) {
    let bytes = lines[index].bytes
    guard Self.mayHoldToken(bytes) else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    var searchFrom = text.startIndex
    for token in TokenExtraction.tokens(inFreeText: text) {
      guard let range = text.range(of: token, range: searchFrom..<text.endIndex) else { continue }
      searchFrom = range.upperBound
      let column = text.utf16.distance(from: text.startIndex, to: range.lowerBound) + 1
      let tail = text.utf8[range.upperBound...]
      let wrapped = Self.continuesOnNextLine(tail) ? joined(token, lines, after: index) : nil
      found.append(
        Sighting(
          kind: .token(wrapped: wrapped), value: token, line: lines[index].number, column: column))
    }
  }

  /// Whether the bytes hold `007e`, `006` or `YWMt`: the only starts the extraction knows.
  static func mayHoldToken(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    while index + 3 < bytes.endIndex {
      let a = bytes[index]
      let b = bytes[index + 1]
      let c = bytes[index + 2]
      if a == 0x30, b == 0x30, c == 0x36 || (c == 0x37 && bytes[index + 3] == 0x65) {
        return true
      }
      if a == 0x59, b == 0x57, c == 0x4D, bytes[index + 3] == 0x74 { return true }
      index += 1
    }
    return false
  }

  /// Whether only a closing quote, `+`, `\` or spaces follow a token on its line.
  static func continuesOnNextLine(_ tail: Substring.UTF8View) -> Bool {
    tail.allSatisfy { $0 == 0x22 || $0 == 0x27 || $0 == 0x2B || $0 == 0x5C || isSpace($0) }
  }

  /// The token with the body runs that open the following lines appended.
  private func joined(_ token: String, _ lines: [Line], after index: Int) -> String? {
    var text = token
    var next = index + 1
    var appended = false
    while next < lines.count, lines[next].number == lines[next - 1].number + 1 {
      guard let (body, rest) = Self.continuation(lines[next].bytes) else { break }
      text += body
      appended = true
      guard Self.continuesOnNextLine(Substring(rest).utf8) else { break }
      next += 1
    }
    return appended ? text : nil
  }

  /// The token body a continuation line opens with (after spaces, `+` and a quote), and the rest.
  static func continuation(_ bytes: ArraySlice<UInt8>) -> (String, String)? {
    var index = bytes.startIndex
    func skip(_ accept: (UInt8) -> Bool) {
      while index < bytes.endIndex, accept(bytes[index]) { index += 1 }
    }
    skip(isSpace)
    skip { $0 == 0x2B }
    skip(isSpace)
    skip { $0 == 0x22 || $0 == 0x27 }
    let start = index
    skip(isBodyByte)
    guard index > start else { return nil }
    return (
      String(decoding: bytes[start..<index], as: UTF8.self),
      String(decoding: bytes[index...], as: UTF8.self)
    )
  }

  static func isBodyByte(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == 0x2B || byte == 0x2F || byte == 0x3D || byte == 0x2D
      || byte == 0x5F || byte == 0x25
  }

  // MARK: Hexadecimal values

  private func hexValues(_ line: Line, into found: inout [Sighting]) {
    let bytes = line.bytes
    var index = bytes.startIndex
    while index < bytes.endIndex {
      guard Self.isHexDigit(bytes[index]),
        index == bytes.startIndex || !Self.isAlphanumeric(bytes[index - 1])
      else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.endIndex, Self.isHexDigit(bytes[end]) { end += 1 }
      if end - index == 32, end == bytes.endIndex || !Self.isAlphanumeric(bytes[end]) {
        let value = String(decoding: bytes[index..<end], as: UTF8.self)
        let column =
          String(decoding: bytes[bytes.startIndex..<index], as: UTF8.self).utf16.count + 1
        let kind: Sighting.Kind
        switch KeyFinder.key(in: bytes, before: index) {
        case .some((let key, .certificate)): kind = .certificate(key: key)
        case .some((let key, .appID)): kind = .appID(key: key)
        case .none: kind = .certificate(key: nil)
        }
        found.append(Sighting(kind: kind, value: value, line: line.number, column: column))
      }
      index = Swift.max(end, index + 1)
    }
  }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
  }

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
}
