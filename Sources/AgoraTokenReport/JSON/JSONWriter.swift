/// Writes a ``JSONNode`` as JSONEncoder does with `.sortedKeys` and `.withoutEscapingSlashes`:
/// members sorted by the UTF-8 bytes of their keys, `"`, `\` and the C0 controls escaped
/// (`\b \t \n \f \r` short, the rest `\u00xx`), everything else, `/` and non-ASCII included, as
/// it is. With `pretty`: two-space indents, `"key" : value`, and an empty container as
/// `[`, a blank line and the closing bracket (RFC 8259 allows any of these layouts).
struct JSONWriter {
  let pretty: Bool
  private(set) var bytes: [UInt8] = []

  init(pretty: Bool) {
    self.pretty = pretty
    bytes.reserveCapacity(pretty ? 8_192 : 4_096)
  }

  /// The text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  mutating func write(_ node: JSONNode, depth: Int) {
    switch node {
    case .null: append("null")
    case .bool(let flag): append(flag ? "true" : "false")
    case .number(let digits): append(digits)
    case .string(let text): writeString(text)
    case .object(let box): writeObject(box, depth: depth)
    case .array(let box): writeArray(box, depth: depth)
    case .pending(let encoder): write(encoder.node ?? .null, depth: depth)
    }
  }

  private mutating func writeObject(_ box: JSONObjectBox, depth: Int) {
    let members = Self.sorted(box.members)
    bytes.append(UInt8(ascii: "{"))
    if members.isEmpty {
      if pretty { closeEmpty(depth: depth) }
      bytes.append(UInt8(ascii: "}"))
      return
    }
    for (index, member) in members.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      newline(depth: depth + 1)
      writeString(member.key)
      append(pretty ? " : " : ":")
      write(member.value, depth: depth + 1)
    }
    newline(depth: depth)
    bytes.append(UInt8(ascii: "}"))
  }

  private mutating func writeArray(_ box: JSONArrayBox, depth: Int) {
    bytes.append(UInt8(ascii: "["))
    if box.items.isEmpty {
      if pretty { closeEmpty(depth: depth) }
      bytes.append(UInt8(ascii: "]"))
      return
    }
    for (index, item) in box.items.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      newline(depth: depth + 1)
      write(item, depth: depth + 1)
    }
    newline(depth: depth)
    bytes.append(UInt8(ascii: "]"))
  }

  /// Members in key order; of two members with one key, the later one (a dictionary's rule).
  static func sorted(_ members: [(key: String, value: JSONNode)]) -> [(
    key: String, value: JSONNode
  )] {
    guard members.count > 1 else { return members }
    let ordered = members.enumerated().sorted { lhs, rhs in
      if lhs.element.key == rhs.element.key { return lhs.offset < rhs.offset }
      return lhs.element.key.utf8.lexicographicallyPrecedes(rhs.element.key.utf8)
    }
    var result: [(key: String, value: JSONNode)] = []
    result.reserveCapacity(ordered.count)
    for entry in ordered {
      if let last = result.last, last.key == entry.element.key {
        result[result.count - 1] = entry.element
      } else {
        result.append(entry.element)
      }
    }
    return result
  }

  private mutating func newline(depth: Int) {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<depth * 2 { bytes.append(UInt8(ascii: " ")) }
  }

  private mutating func closeEmpty(depth: Int) {
    bytes.append(UInt8(ascii: "\n"))
    newline(depth: depth)
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A string literal with RFC 8259 §7 escapes. A Swift string is valid Unicode, so bytes from a
  /// bad input have already become U+FFFD and need no check here.
  private mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case 0x08: append("\\b")
      case 0x09: append("\\t")
      case 0x0A: append("\\n")
      case 0x0C: append("\\f")
      case 0x0D: append("\\r")
      case 0x00..<0x20:
        append("\\u00")
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
