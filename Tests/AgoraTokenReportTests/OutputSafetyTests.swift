import AgoraToken
import AgoraTokenLint
import Foundation
import Testing

@testable import AgoraTokenReport

/// What reaches a terminal or a code-scanning upload from attacker-controlled token fields and
/// file names: escaped control sequences, URI references, and JWT claims kept as their text.
@Suite("output safety")
struct OutputSafetyTests {
  static let certificate = "5CFd2fd1755d40ecb72977518be15d3b"

  static func token(channel: String) throws -> String {
    try RtcTokenBuilder2.buildTokenWithUID(
      appID: "970ca35de60c44645bbae8a215061b33", appCertificate: certificate,
      channelName: channel, uid: 7, role: .publisher, tokenExpire: 3_600, privilegeExpire: 3_600,
      options: BuildOptions.reference(issueTs: 1_718_000_000, salt: 1))
  }

  @Test("only the renderers' own colour codes pass, and none without colour")
  func colourCodes() {
    let own = "\u{1B}[31mred\u{1B}[0m"
    #expect(TerminalText.sanitizedLine(own) == own)
    #expect(!TerminalText.sanitizedLine(own, keepColour: false).contains("\u{1B}"))
    for hostile in ["\u{1B}[8mhidden", "\u{1B}[2J", "\u{1B}[38;5;1mx", "\u{1B}]0;title\u{7}"] {
      #expect(!TerminalText.sanitizedLine("a " + hostile).contains("\u{1B}"), "\(hostile)")
    }
  }

  @Test(
    "invisible and bidi characters are escaped",
    arguments: [
      (0x2028, "\\u{2028}"), (0x2029, "\\u{2029}"), (0x200B, "\\u{200B}"), (0x200E, "\\u{200E}"),
      (0x200F, "\\u{200F}"), (0x061C, "\\u{61C}"), (0x202E, "\\u{202E}"), (0x2067, "\\u{2067}"),
      (0xFEFF, "\\u{FEFF}"), (0x00AD, "\\u{AD}"), (0x0085, "\\u{85}"),
    ])
  func invisibleCharacters(value: UInt32, escaped: String) throws {
    let scalar = try #require(Unicode.Scalar(value))
    let line = "room" + String(Character(scalar)) + "1"
    #expect(TerminalText.sanitized(line) == "room" + escaped + "1")
    #expect(TerminalText.sanitizedLine(line) == "room" + escaped + "1")
  }

  @Test("printable text beyond ASCII passes unchanged")
  func printableText() {
    for text in ["café", "房间", "𝔸", "emoji 😀", "a-b_c.d"] {
      #expect(TerminalText.sanitized(text) == text)
    }
  }

  @Test("diff text escapes what the tokens carry")
  func diffText() throws {
    let left = try Self.token(channel: "room\u{1B}]0;pwned\u{7}\r\nFAKE LINE")
    let right = try Self.token(channel: "room")
    let inspector = Inspector()
    let a = inspector.inspect(left, source: InputSource(file: "argument", line: 1))
    let b = inspector.inspect(right, source: InputSource(file: "argument", line: 2))
    let diff = try #require(
      a.decoded.flatMap { l in b.decoded.map { TokenDiff.compare(l.token, $0.token) } })
    let text = DiffDocument(left: a, right: b, diff: diff).text
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!text.contains("\nFAKE LINE"))
    #expect(text.contains("\\u{1B}"))
  }

  @Test("SARIF URIs are percent-encoded references")
  func sarifURI() {
    #expect(SARIFURI.reference("my tokens 100%.txt") == "my%20tokens%20100%25.txt")
    #expect(SARIFURI.reference("col:on,comma%25.txt") == "col%3Aon%2Ccomma%2525.txt")
    #expect(SARIFURI.reference("dir/sub-1/a_b.txt~") == "dir/sub-1/a_b.txt~")
    #expect(SARIFURI.reference("é\u{1B}.txt") == "%C3%A9%1B.txt")
  }

  @Test("a JWT claim written as text stays text in recognized_as")
  func jwtClaimsKeepText() throws {
    func part(_ json: String) -> String {
      Data(json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
    let jwt =
      part(#"{"alg":"HS256"}"#) + "." + part(#"{"sub":"007","iss":"+42","iat":1700000000}"#)
      + ".x"
    let inspection = Inspector().inspect(jwt, source: InputSource(file: "argument", line: 1))
    let line = JSONRenderer.line(InspectionDocument(inspection, now: 1_700_000_000))
    let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let recognized = try #require(object["recognized_as"] as? [String: Any])
    #expect(recognized["sub"] as? String == "007")
    #expect(recognized["iss"] as? String == "+42")
    #expect((recognized["iat"] as? NSNumber)?.intValue == 1_700_000_000)
  }
}
