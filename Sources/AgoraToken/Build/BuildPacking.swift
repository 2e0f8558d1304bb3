extension ByteWriter {
  /// Writes `bytes` as a packed string (`uint16` length + bytes), or throws
  /// ``BuildError/Kind/stringTooLong`` naming `field` when they do not fit in 65535 bytes.
  /// `container` names what holds the field in the message ("a token string", "a 006 token
  /// field").
  mutating func pack(_ bytes: [UInt8], field: String, container: String) throws(BuildError) {
    do {
      try writePacked(bytes, field: field)
    } catch {
      throw BuildError(
        .stringTooLong, field: field,
        "\(field) is \(bytes.count) bytes; \(container) holds at most 65535 bytes")
    }
  }
}
