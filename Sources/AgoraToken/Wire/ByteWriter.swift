/// Appends Agora's little-endian wire primitives to a growing byte buffer.
///
/// The mirror image of ``ByteCursor``. Source: `python3/src/Packer.py` in AgoraIO/Tools
/// (`pack_uint16`, `pack_uint32`, `pack_int16`, `pack_string`, `pack_map_uint32`).
struct ByteWriter: Sendable {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// Creates an empty writer.
  init() {}

  /// Appends a little-endian `uint16`.
  mutating func write(_ value: UInt16) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  /// Appends a little-endian two's-complement `int16`.
  mutating func write(_ value: Int16) { write(UInt16(bitPattern: value)) }

  /// Appends a little-endian `uint32`.
  mutating func write(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
    }
  }

  /// Appends raw bytes with no length prefix.
  mutating func writeRaw<S: Sequence>(_ raw: S) where S.Element == UInt8 {
    bytes.append(contentsOf: raw)
  }

  /// Appends `pack_string`: a `uint16` length and the bytes.
  /// - Throws: ``WriterError/stringTooLong(field:length:)`` when the bytes exceed 65,535.
  mutating func writePacked(_ raw: [UInt8], field: String) throws(WriterError) {
    guard raw.count <= Int(UInt16.max) else {
      throw .stringTooLong(field: field, length: raw.count)
    }
    write(UInt16(raw.count))
    bytes.append(contentsOf: raw)
  }

  /// Appends `pack_string` of the UTF-8 bytes of `text`.
  /// - Throws: ``WriterError/stringTooLong(field:length:)`` when the UTF-8 form exceeds 65,535 bytes.
  mutating func writePacked(_ text: String, field: String) throws(WriterError) {
    try writePacked(Array(text.utf8), field: field)
  }
}

/// Why a value cannot be packed.
enum WriterError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A string is longer than the 65,535 bytes a `uint16` length can describe.
  case stringTooLong(field: String, length: Int)
  /// A list has more than 65,535 entries.
  case tooManyEntries(field: String, count: Int)

  /// A sentence for people.
  var description: String {
    switch self {
    case .stringTooLong(let field, let length):
      return "\(field) is \(length) bytes; a packed string holds at most 65535"
    case .tooManyEntries(let field, let count):
      return "\(field) has \(count) entries; a packed list holds at most 65535"
    }
  }
}
