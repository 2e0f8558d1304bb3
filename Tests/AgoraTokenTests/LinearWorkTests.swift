import Testing

@testable import AgoraToken

/// Decoding work grows linearly with the number of entries, measured by counting the decoder's
/// primitive reads (``DecodedToken/payloadReads``), never by timing: 65,535 services, privileges,
/// RTM2 resources and RTM2 permission entries each cost a fixed number of reads per entry.
@Suite("linear decoding work")
struct LinearWorkTests {
  enum Shape: String, CaseIterable, CustomTestStringConvertible {
    case services, privileges, resources, permissions
    var testDescription: String { rawValue }
  }

  static func token(_ shape: Shape, entries: Int) throws -> String {
    var writer = ByteWriter()
    try writer.writePacked([UInt8](repeating: 1, count: 32), field: "signature")
    try writer.writePacked("0123456789abcdef0123456789abcdef", field: "app_id")
    writer.write(UInt32(1_700_000_000))
    writer.write(UInt32(3600))
    writer.write(UInt32(1))
    let count = UInt16(truncatingIfNeeded: entries)
    switch shape {
    case .services:
      writer.write(count)
      for _ in 0..<entries {
        writer.write(UInt16(4))
        writer.write(UInt16(0))
      }
    case .privileges:
      writer.write(UInt16(1))
      writer.write(UInt16(1))
      writer.write(count)
      for id in 0..<entries {
        writer.write(UInt16(truncatingIfNeeded: id))
        writer.write(UInt32(60))
      }
      try writer.writePacked("channel", field: "channel_name")
      try writer.writePacked("", field: "uid")
    case .resources, .permissions:
      writer.write(UInt16(1))
      writer.write(UInt16(8))
      writer.write(UInt16(0))
      try writer.writePacked("user", field: "user_id")
      writer.write(UInt16(1))
      writer.write(UInt16(0))
      if shape == .resources {
        writer.write(UInt16(1))
        writer.write(UInt16(0))
        writer.write(count)
        for index in 0..<entries { try writer.writePacked("r\(index)", field: "resource") }
      } else {
        writer.write(count)
        for index in 0..<entries {
          writer.write(UInt16(truncatingIfNeeded: index))
          writer.write(UInt16(1))
          try writer.writePacked("r", field: "resource")
        }
      }
    }
    return "007" + Base64Text.encode(try Zlib.deflate(writer.bytes))
  }

  @Test("reads per entry stay constant up to 65,535 entries", arguments: Shape.allCases)
  func linear(_ shape: Shape) throws {
    let sizes = [1_024, 8_192, 32_768, 65_535]
    var reads: [Int] = []
    for size in sizes {
      reads.append(try TokenDecoder.decode(Self.token(shape, entries: size)).payloadReads)
    }
    // reads = fixed + perEntry × entries: every step between sizes costs the same per entry.
    let perEntry = (reads[1] - reads[0]) / (sizes[1] - sizes[0])
    #expect(perEntry >= 1)
    for index in 1..<sizes.count {
      #expect(reads[index] - reads[index - 1] == perEntry * (sizes[index] - sizes[index - 1]))
    }
  }
}
