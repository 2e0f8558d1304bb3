import AgoraTokenTestSupport
import PropertyBased
import Testing

@testable import AgoraToken

/// Hostile input: mutations, zip bombs and huge counts give typed errors or decodes, never traps.
@Suite("hostile input")
struct HostileInputTests {
  static let tokens = Fixtures.cases("tokens-007.json").compactMap { $0["token"] as? String }

  @Test("any byte mutation of a valid token gives a typed error or a decode")
  func mutations() async {
    let tokens = Self.tokens
    await propertyCheck(
      count: 300, input: Gen.int(in: 0...(tokens.count - 1)), Gen.int(in: 0...4096),
      Gen.int(in: 0...255), Gen.int(in: 1...8)
    ) { index, position, byte, width in
      var bytes = Array(tokens[index].utf8)
      let start = position % bytes.count
      for offset in start..<min(bytes.count, start + width) {
        bytes[offset] = UInt8(truncatingIfNeeded: byte &+ offset)
      }
      let text = String(decoding: bytes, as: UTF8.self)
      do throws(TokenError) {
        _ = try TokenDecoder.decode(text)
      } catch {
        #expect(!error.message.isEmpty)
      }
      _ = Inspector().inspect(text, source: InputSource(file: "mutation", line: 1))
    }
  }

  @Test("a zlib bomb stops at the inflate limit with too_large")
  func zipBomb() throws {
    let bomb = try Zlib.deflate([UInt8](repeating: 0, count: 5 << 20))
    let text = "007" + Base64Text.encode(bomb)
    #expect(text.utf8.count < 64 * 1024)
    #expect(throws: TokenError.self) { try TokenDecoder.decode(text) }
    do {
      _ = try TokenDecoder.decode(text)
    } catch {
      #expect(error.kind == .tooLarge)
    }
  }

  @Test("text over the size limit is refused before any work")
  func textLimit() {
    let text = "007" + String(repeating: "A", count: 2 << 20)
    do {
      _ = try TokenDecoder.decode(text)
      Issue.record("decoded an oversized input")
    } catch {
      #expect(error.kind == .tooLarge)
      #expect(error.offset == DecodeLimits.standard.maxTextBytes)
    }
  }

  @Test("a service count of 65535 with no services is truncated, not a hang")
  func hugeServiceCount() throws {
    var writer = ByteWriter()
    try writer.writePacked([UInt8](repeating: 1, count: 32), field: "signature")
    try writer.writePacked("0123456789abcdef0123456789abcdef", field: "app_id")
    writer.write(UInt32(1_700_000_000))
    writer.write(UInt32(3600))
    writer.write(UInt32(1))
    writer.write(UInt16.max)
    let text = "007" + Base64Text.encode(try Zlib.deflate(writer.bytes))
    do {
      _ = try TokenDecoder.decode(text)
      Issue.record("decoded a token with missing services")
    } catch {
      #expect(error.kind == .truncated)
      #expect(error.partial?.fieldsRead.last == "service_count")
    }
  }

  @Test("65535 privileges in one service decode")
  func manyPrivileges() throws {
    var writer = ByteWriter()
    try writer.writePacked([UInt8](repeating: 1, count: 32), field: "signature")
    try writer.writePacked("0123456789abcdef0123456789abcdef", field: "app_id")
    writer.write(UInt32(1_700_000_000))
    writer.write(UInt32(3600))
    writer.write(UInt32(1))
    writer.write(UInt16(1))
    writer.write(UInt16(1))
    writer.write(UInt16.max)
    for id in 0..<UInt16.max {
      writer.write(id)
      writer.write(UInt32(60))
    }
    try writer.writePacked("channel", field: "channel_name")
    try writer.writePacked("", field: "uid")
    let decoded = try TokenDecoder.decode("007" + Base64Text.encode(try Zlib.deflate(writer.bytes)))
    guard case .accessToken2(let token) = decoded.token else {
      Issue.record("not 007")
      return
    }
    #expect(token.services.first?.privileges.count == Int(UInt16.max))
  }
}
