import AgoraTokenTestSupport
import Testing

@testable import AgoraToken

/// The inspector decodes a 007 body from the payload that repair step 9 inflated: the result must
/// equal decoding the repaired text from scratch, for every case, decodable or not.
@Suite("Repair's inflated payload, reused by the decoder")
struct ReusedInflateTests {
  static let inputs: [String] =
    Fixtures.cases("malformed.json").compactMap { FixtureCase($0).string("input") }
    + Fixtures.cases("tokens-007.json").compactMap { FixtureCase($0).string("token") }

  @Test("decoding with the inflated payload equals decoding the text")
  func sameDecode() {
    #expect(Self.inputs.count > 40)
    for input in Self.inputs {
      let repaired = InputRepair.repair(input)
      let fromText = Result { () throws(TokenError) in try TokenDecoder.decode(repaired.text) }
      let reused = Result { () throws(TokenError) in
        try TokenDecoder.decode(repaired.text, inflated007: repaired.inflated007)
      }
      #expect(fromText == reused, "\(input.prefix(24))")
    }
  }

  @Test("a complete 007 body carries its payload; other versions do not")
  func payloadPresence() throws {
    let token = try #require(Self.inputs.first { $0.hasPrefix("007") })
    #expect(InputRepair.repair(token).inflated007?.isEmpty == false)
    #expect(InputRepair.repair("006" + String(repeating: "a", count: 40)).inflated007 == nil)
  }

  @Test("inflate grows its output past the first guess and stops at the limit exactly")
  func inflateGrowth() throws {
    let plain = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) }
    let compressed = try Zlib.deflate(plain)
    let inflated = try Zlib.inflate(compressed, limit: plain.count)
    #expect(inflated.output == plain)
    #expect(inflated.consumed == compressed.count)
    #expect(throws: ZlibFailure.self) { try Zlib.inflate(compressed, limit: plain.count - 1) }
    let cut = Array(compressed.prefix(compressed.count / 2))
    do {
      _ = try Zlib.inflate(cut, limit: plain.count)
      Issue.record("a cut stream inflated")
    } catch {
      #expect(error.kind == .truncatedZlib)
      #expect(!error.output.isEmpty && plain.starts(with: error.output))
    }
  }
}
