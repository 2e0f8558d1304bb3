import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Batches give one record per input, in input order, with `input` {file, line}.
@Suite("Batch inputs and token extraction")
struct RepairBatchTests {
  static let tokens = Fixtures.cases("tokens-007.json").compactMap { $0["token"] as? String }

  static func percentEncoded(_ token: String) -> String {
    token.replacingOccurrences(of: "+", with: "%2B").replacingOccurrences(of: "/", with: "%2F")
      .replacingOccurrences(of: "=", with: "%3D")
  }

  @Test("a mixed batch gives one record per non-blank line, in order")
  func mixedBatch() throws {
    let good = Self.tokens[0]
    let lines = [
      good, "", "  \"\(Self.tokens[1])\"  ", "garbage line", Self.percentEncoded(Self.tokens[2]),
      "   ", #"{"token": "\#(Self.tokens[3])", "expires_in": 3600}"#, "007eJxT!!!", "",
    ]
    let inputs = Array(BatchInputs(lines: lines, file: "in.txt", mode: .lines))
    #expect(inputs.map(\.source.line) == [1, 3, 4, 5, 7, 8])
    #expect(inputs.allSatisfy { $0.source.file == "in.txt" })
    #expect(inputs[4].text == Self.tokens[3])
    let inspector = Inspector()
    let records = inputs.map { inspector.inspect($0.text, source: $0.source) }
    #expect(records.map { $0.error == nil } == [true, true, false, true, true, false])
    #expect(records[1].repairs.map(\.name) == ["trim_whitespace", "strip_quotes"])
    #expect(records[3].repairs.map(\.name) == ["percent_decode"])
    #expect(records[0].repairs.isEmpty)
    #expect(records.map(\.source.line) == [1, 3, 4, 5, 7, 8])
  }

  @Test("a byte order mark at the start of a file, or of a later line, is not part of a token")
  func byteOrderMark() {
    let inputs = Array(
      BatchInputs(
        lines: ["\u{FEFF}" + Self.tokens[0], "\u{FEFF}" + Self.tokens[1]], file: "w.txt",
        mode: .lines))
    #expect(inputs.map(\.text) == [Self.tokens[0], Self.tokens[1]])
  }

  @Test("an unknown version names unreadable characters by code point")
  func unknownVersionCodePoints() {
    #expect(throws: TokenError.self) { try TokenDecoder.decode("\u{200B}007eJw") }
    do {
      _ = try TokenDecoder.decode("\u{200B}007eJw")
    } catch {
      #expect(error.kind == .unknownVersion)
      #expect(error.message.hasPrefix("the token starts with '<U+200B>00'"))
    }
  }

  @Test("a JSON response body gives its token fields in text order")
  func jsonBody() throws {
    let body =
      #"{"data": {"rtcToken": "\#(Self.tokens[0])", "rtmToken": "\#(Self.tokens[1])"}, "access_token": "\#(Self.tokens[2])", "token_type": "Bearer", "uid": 7}"#
    let found = try #require(TokenExtraction.tokens(inJSON: body))
    #expect(found == [Self.tokens[0], Self.tokens[1], Self.tokens[2]])
    #expect(TokenExtraction.tokens(inJSON: "not json") == nil)
    #expect(TokenExtraction.tokens(inJSON: #"{"status": "ok"}"#) == [])
  }

  @Test("a JSON-escaped slash is unescaped by the JSON decoder, not by a repair")
  func jsonEscapedSlash() throws {
    let token = try #require(Self.tokens.first { $0.contains("/") })
    let escaped = token.replacingOccurrences(of: "/", with: "\\/")
    let found = try #require(TokenExtraction.tokens(inJSON: #"{"token":"\#(escaped)"}"#))
    #expect(found == [token])
  }

  @Test("a pretty-printed JSON document spanning lines is read as one input source")
  func multiLineDocument() {
    let lines = ["{", #"  "token": "\#(Self.tokens[0])","#, #"  "uid": 0"#, "}", Self.tokens[1]]
    let inputs = Array(BatchInputs(lines: lines, file: "-", mode: .lines))
    #expect(inputs.map(\.text) == [Self.tokens[0], Self.tokens[1]])
    #expect(inputs.map(\.source.line) == [1, 5])
  }

  @Test("a JSON document whose first line ends open is read as one document")
  func openFirstLine() {
    let lines = [#"{"code": 0, "data": {"#, #"  "token": "\#(Self.tokens[0])"}}"#, Self.tokens[1]]
    let inputs = Array(BatchInputs(lines: lines, file: "-", mode: .lines))
    #expect(inputs.map(\.text) == [Self.tokens[0], Self.tokens[1]])
    #expect(inputs.map(\.source.line) == [1, 3])
  }

  @Test("an unfinished JSON document falls back to one record per line")
  func brokenDocument() {
    let lines = ["{", "  \"token\": ", Self.tokens[0]]
    let inputs = Array(BatchInputs(lines: lines, file: "-", mode: .lines))
    #expect(inputs.map(\.source.line) == [1, 2, 3])
  }

  @Test("a stray opener followed by bare tokens does not hold them back")
  func strayOpener() {
    var pulled = 0
    let source = ["{", Self.tokens[0], Self.tokens[1], Self.tokens[2]]
    let lines = AnySequence {
      var index = 0
      return AnyIterator { () -> String? in
        guard index < source.count else { return nil }
        defer { index += 1 }
        pulled += 1
        return source[index]
      }
    }
    var inputs = BatchInputs(lines: lines, file: "-", mode: .lines).makeIterator()
    #expect(inputs.next()?.text == "{")
    #expect(inputs.next()?.text == Self.tokens[0])
    // Only the opener and the first token were read: the stream is not held for a document.
    #expect(pulled == 2)
    #expect(inputs.next()?.source.line == 3)
    #expect(inputs.next()?.text == Self.tokens[2])
    #expect(inputs.next() == nil)
  }

  @Test("--extract finds every token in free text and skips lines without one")
  func extract() throws {
    let token = Self.tokens[0]
    let encoded = Self.percentEncoded(Self.tokens[1])
    let lines = [
      "2024-01-01 INFO join channel=demo token=\(token) uid=7 other=\(Self.tokens[2])",
      "nothing to see 007 here, 006 either",
      "GET /join?channel=a&token=\(encoded)&uid=1 HTTP/1.1",
      #"{"level":"info","msg":"renewed \#(Self.tokens[3])"}"#,
    ]
    let inputs = Array(BatchInputs(lines: lines, file: "app.log", mode: .extract))
    #expect(inputs.map(\.source.line) == [1, 1, 3, 4])
    #expect(inputs[0].text == token)
    #expect(inputs[1].text == Self.tokens[2])
    #expect(inputs[2].text == encoded)
    #expect(inputs[3].text == Self.tokens[3])
    let repaired = Inspector().inspect(inputs[2].text, source: inputs[2].source)
    #expect(repaired.error == nil)
    #expect(repaired.text == Self.tokens[1])
  }

  @Test("a token does not start inside a longer base64 word")
  func boundaries() {
    #expect(TokenExtraction.tokens(inFreeText: "abc007eJxTYCgt/PXlDMduVo11") == [])
    #expect(TokenExtraction.tokens(inFreeText: "007eleven") == [])
    #expect(
      TokenExtraction.tokens(inFreeText: "x=007eJxTYCgt/PXlDMduVo11==,") == [
        "007eJxTYCgt/PXlDMduVo11=="
      ])
  }

  @Test(
    "a token right after a terminal colour code is found; a letter alone still binds",
    arguments: [
      ("\u{1B}[31m007eJxTYCgt/PXlDMduVo11==\u{1B}[0m", ["007eJxTYCgt/PXlDMduVo11=="]),
      ("\u{1B}[1;33mtoken \u{1B}[0m007eJxTYCgt/PXlDMduVo11", ["007eJxTYCgt/PXlDMduVo11"]),
      ("\u{1B}[m007eJxTYCgt/PXlDMduVo11", ["007eJxTYCgt/PXlDMduVo11"]),
      ("[31m007eJxTYCgt/PXlDMduVo11", []),
      ("m007eJxTYCgt/PXlDMduVo11", []),
    ])
  func afterColourCodes(line: String, tokens: [String]) {
    #expect(TokenExtraction.tokens(inFreeText: line) == tokens)
  }

  @Test("the fingerprint is the first 12 hex digits of the SHA-256 of the normalised token")
  func fingerprint() {
    let token = Self.tokens[0]
    let plain = Inspector().inspect(token, source: InputSource(file: "t", line: 1))
    let quoted = Inspector().inspect("'\(token)'", source: InputSource(file: "t", line: 2))
    #expect(plain.fingerprint.count == 12)
    #expect(plain.fingerprint == quoted.fingerprint)
    #expect(!plain.fingerprint.isEmpty && token.range(of: plain.fingerprint) == nil)
  }
}
