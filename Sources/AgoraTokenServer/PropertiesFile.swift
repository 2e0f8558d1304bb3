/// A Java `.properties` file, as Spring Boot reads `application.properties`: the configuration of
/// Agora's Chat token server demo (`server.port`, `appid`, `appcert`, `expire.second`).
///
/// Source: the format of `java.util.Properties.load(Reader)`: one `key=value`, `key: value` or
/// `key value` per logical line; `#` and `!` start comment lines; a line ending in an odd number of
/// backslashes continues on the next line; `\t`, `\n`, `\r`, `\f`, `\uXXXX` and `\x` (any other
/// character, taken literally) are escapes. Later keys replace earlier ones.
public struct PropertiesFile: Sendable, Equatable {
  /// The key-value pairs, unescaped.
  public private(set) var values: [String: String]

  /// Parses `text`. Never fails: a malformed `\u` escape is kept as written.
  public init(parsing text: String) {
    values = [:]
    for line in Self.logicalLines(text) {
      let (key, value) = Self.split(line)
      values[Self.unescape(key)] = Self.unescape(value)
    }
  }

  /// The value of `key`, or `nil` when the file does not set it.
  public subscript(key: String) -> String? { values[key] }

  /// Joins continued lines and drops blank and comment lines, keeping leading whitespace trimmed.
  private static func logicalLines(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var pending = ""
    var continuing = false
    for raw in text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    ) {
      let line = raw.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
      if !continuing && (line.isEmpty || line.first == "#" || line.first == "!") { continue }
      let trailing = line.reversed().prefix(while: { $0 == "\\" }).count
      if trailing % 2 == 1 {
        pending += line.dropLast()
        continuing = true
        continue
      }
      pending += line
      continuing = false
      result.append(Substring(pending))
      pending = ""
    }
    if continuing { result.append(Substring(pending)) }
    return result
  }

  /// Splits a logical line at the first unescaped `=`, `:` or whitespace.
  private static func split(_ line: Substring) -> (Substring, Substring) {
    var index = line.startIndex
    var escaped = false
    while index < line.endIndex {
      let character = line[index]
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "=" || character == ":" || character == " " || character == "\t"
        || character == "\u{0C}"
      {
        break
      }
      index = line.index(after: index)
    }
    let key = line[line.startIndex..<index]
    var rest = line[index...].drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
    if let first = rest.first, first == "=" || first == ":" {
      rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
    }
    return (key, rest)
  }

  private static func unescape(_ text: Substring) -> String {
    var result = ""
    var iterator = text.makeIterator()
    while let character = iterator.next() {
      guard character == "\\" else {
        result.append(character)
        continue
      }
      guard let next = iterator.next() else { break }
      switch next {
      case "t": result.append("\t")
      case "n": result.append("\n")
      case "r": result.append("\r")
      case "f": result.append("\u{0C}")
      case "u":
        var digits = ""
        while digits.count < 4, let digit = iterator.next() { digits.append(digit) }
        if digits.count == 4, let code = UInt32(digits, radix: 16),
          let scalar = Unicode.Scalar(code)
        {
          result.unicodeScalars.append(scalar)
        } else {
          result += "\\u" + digits
        }
      default: result.append(next)
      }
    }
    return result
  }
}
