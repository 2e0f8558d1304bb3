import Testing

@testable import AgoraToken

/// Strict base64: what Foundation's `Data(base64Encoded:)` accepts but the token formats do not
/// (`shared/notes/swift-on-this-machine.md`, "Base64"), with the error each gets.
@Suite("strict base64")
struct Base64StrictnessTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    /// The offset the `bad_base64` error names, or `nil` when the text must decode.
    let errorOffset: Int?
    let decoded: [UInt8]
    var testDescription: String { text.debugDescription }
  }

  static let cases: [Case] = [
    Case(text: "QUJD", errorOffset: nil, decoded: [0x41, 0x42, 0x43]),
    Case(text: "QUI=", errorOffset: nil, decoded: [0x41, 0x42]),
    Case(text: "QQ==", errorOffset: nil, decoded: [0x41]),
    Case(text: "", errorOffset: nil, decoded: []),
    // Foundation decodes each of these; the formats reject them.
    Case(text: "QQ=A", errorOffset: 3, decoded: []),
    Case(text: "QQ===", errorOffset: 5, decoded: []),
    Case(text: "====", errorOffset: 4, decoded: []),
    Case(text: "QUJDRA====", errorOffset: 10, decoded: []),
    // Foundation rejects these too; the error names the character.
    Case(text: "QQ==QQ==", errorOffset: 4, decoded: []),
    Case(text: "QU-D", errorOffset: 2, decoded: []),
    Case(text: "QU_D", errorOffset: 2, decoded: []),
    Case(text: "QUJ D", errorOffset: 3, decoded: []),
    Case(text: "QUJDR", errorOffset: 5, decoded: []),
    Case(text: "QUJDRA=", errorOffset: 7, decoded: []),
  ]

  @Test(
    "a character outside ASCII is named by its code point",
    arguments: [
      ("QU\u{E9}D", "the character U+00E9 is not in the standard base64 alphabet at character 2"),
      (
        "QU\u{FFFD}D",
        "U+FFFD (the replacement for bytes that are not UTF-8) is not in the standard base64 alphabet at character 2"
      ),
      ("QQ==\u{E9}", "the character U+00E9 after '=' padding at character 4"),
    ])
  func nonASCII(_ text: String, _ message: String) {
    #expect(throws: TokenError.self) { try Base64Text.decode(Substring(text), textOffset: 0) }
    do throws(TokenError) {
      _ = try Base64Text.decode(Substring(text), textOffset: 0)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test("the fast path and the explaining path agree", arguments: cases)
  func strictness(_ example: Case) {
    do throws(TokenError) {
      let bytes = try Base64Text.decode(Substring(example.text), textOffset: 0)
      #expect(example.errorOffset == nil, "accepted \(example.text.debugDescription)")
      #expect(bytes == example.decoded)
    } catch {
      #expect(error.kind == .badBase64)
      #expect(error.offset == example.errorOffset)
    }
  }
}
