/// A read position in a byte buffer that reads Agora's little-endian wire primitives.
///
/// Every read checks the remaining length first and throws a ``TokenError`` that names the
/// field being read, so no input can read out of bounds. Offsets count from the start of `bytes`.
/// Source: `python3/src/Packer.py` in AgoraIO/Tools (`unpack_uint16`, `unpack_uint32`, `unpack_string`).
struct ByteCursor: Sendable {
  /// The whole buffer being read.
  let bytes: [UInt8]
  /// The offset of the next byte to read.
  private(set) var offset: Int
  /// How many primitive reads were made: a measure of decoding work that tests can compare
  /// across input sizes without timing anything.
  private(set) var reads = 0

  /// Starts reading `bytes` at offset 0.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.offset = 0
  }

  /// How many bytes are left to read.
  var remaining: Int { bytes.count - offset }
  /// Whether every byte has been read.
  var isAtEnd: Bool { offset >= bytes.count }

  /// Reads a little-endian `uint16`.
  /// - Parameter field: the field's name, used in the error message.
  /// - Throws: ``TokenError/Kind/truncated`` when fewer than 2 bytes remain.
  mutating func readUInt16(_ field: @autoclosure () -> String) throws(TokenError) -> UInt16 {
    try need(2, field)
    let value = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    offset += 2
    return value
  }

  /// Reads a little-endian two's-complement `int16` (the APaaS role).
  /// - Throws: ``TokenError/Kind/truncated`` when fewer than 2 bytes remain.
  mutating func readInt16(_ field: @autoclosure () -> String) throws(TokenError) -> Int16 {
    Int16(bitPattern: try readUInt16(field()))
  }

  /// Reads a little-endian `uint32`.
  /// - Throws: ``TokenError/Kind/truncated`` when fewer than 4 bytes remain.
  mutating func readUInt32(_ field: @autoclosure () -> String) throws(TokenError) -> UInt32 {
    try need(4, field)
    var value: UInt32 = 0
    for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
    offset += 4
    return value
  }

  /// Reads `count` raw bytes.
  /// - Throws: ``TokenError/Kind/truncated`` when fewer than `count` bytes remain.
  mutating func readBytes(_ count: Int, _ field: @autoclosure () -> String)
    throws(TokenError)
    -> [UInt8]
  {
    try need(count, field)
    let slice = Array(bytes[offset..<offset + count])
    offset += count
    return slice
  }

  /// Reads `pack_string`: a `uint16` length followed by that many bytes.
  /// - Throws: ``TokenError/Kind/truncated`` when the length prefix is cut, and
  ///   ``TokenError/Kind/lengthOverflow`` when it claims more bytes than remain.
  mutating func readPackedBytes(_ field: @autoclosure () -> String) throws(TokenError)
    -> [UInt8]
  {
    Array(bytes[try readPackedRange(field)])
  }

  /// Reads `pack_string` and decodes it as UTF-8, replacing invalid sequences with U+FFFD.
  /// - Throws: as ``readPackedBytes(_:)``.
  mutating func readPackedString(_ field: @autoclosure () -> String) throws(TokenError)
    -> String
  {
    String(decoding: bytes[try readPackedRange(field)], as: UTF8.self)
  }

  /// Reads a `pack_string` length and returns where its bytes are, without copying them.
  /// The field name is built only for an error message: most reads succeed.
  private mutating func readPackedRange(_ field: () -> String) throws(TokenError) -> Range<Int> {
    let start = offset
    let length = Int(try readUInt16("length of \(field())"))
    guard length <= remaining else {
      // The offset is where the declared bytes would begin, after the prefix, so that the
      // bytes that remain are counted from it (shared/vectors: "uid declares 19 bytes but only
      // 9 remain (offset 126)").
      let message =
        "\(field()) declares \(length) bytes but only \(remaining) remain at payload offset \(offset)"
      let dataStart = offset
      offset = start
      throw TokenError(.lengthOverflow, offset: dataStart, message)
    }
    offset += length
    return offset - length..<offset
  }

  private mutating func need(_ count: Int, _ field: () -> String) throws(TokenError) {
    reads += 1
    guard count <= remaining else {
      throw TokenError(
        .truncated, offset: offset,
        "payload ends inside \(field()): \(count) bytes needed but \(remaining) remain at payload offset \(offset)"
      )
    }
  }
}
