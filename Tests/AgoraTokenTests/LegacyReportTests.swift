import AgoraToken
import AgoraTokenReport
import AgoraTokenTestSupport
import Foundation
import Testing

/// The JSON `token` object of 006 and legacy keys carries every `expected` member of the vectors
/// under the same name and value.
@Suite("006 and legacy JSON token objects")
struct LegacyReportTests {
  static let skipped: Set<String> = [
    "checks_with_certificate", "checks_with_wrong_certificate", "checks_with_wrong_channel_name",
    "signature_valid_with_certificate", "signature_valid_with_wrong_certificate",
    "signature_valid_with_case_swapped_certificate",
    // DynamicKey4 does not store its service; verification reports it (signature.service_code).
    "service", "service_code_in_signature",
  ]

  static let vectors =
    Fixtures.cases("tokens-006.json").map(FixtureCase.init)
    + Fixtures.cases("tokens-legacy.json").map(FixtureCase.init)

  static func tokenObject(_ text: String) throws -> [String: Any] {
    let inspection = Inspector().inspect(text, source: InputSource(file: "argument", line: 1))
    let json = JSONRenderer.line(InspectionDocument(inspection, now: 1_700_000_000))
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return try #require(document["token"] as? [String: Any])
  }

  @Test("expected members appear with the same values", arguments: vectors)
  func members(_ vector: FixtureCase) throws {
    let text = try #require(vector.string("token") ?? vector.string("key"))
    let token = try Self.tokenObject(text)
    let isDK4 = vector.string("kind") == "dk4"
    for (key, want) in vector.object("expected")
    where !Self.skipped.contains(key) || (key == "service" && !isDK4) {
      let got = token[key]
      if want is NSNull {
        #expect(got is NSNull, "\(key)")
      } else {
        #expect(
          (got as? NSObject) == (want as? NSObject),
          "\(vector.id) \(key): \(String(describing: got))")
      }
    }
  }

  @Test("006 derived times")
  func derivedTimes() throws {
    let vector = try #require(Self.vectors.first { $0.id == "p006-rtc-publisher-uid" })
    let token = try Self.tokenObject(try #require(vector.string("token")))
    let ts = try #require(token["ts"] as? Int)
    #expect(token["expires_at"] as? Int == ts)
    #expect(token["issued_at_estimate"] as? Int == ts - 86_400)
    let details = try #require(token["privilege_details"] as? [[String: Any]])
    #expect(
      details.first?["expires_at"] as? Int == vector.object("inputs")["privilege_expired_ts"]
        as? Int)
  }
}

/// The text lines for 006 and legacy keys name the format, the app id and the expiry.
@Suite("006 and legacy text lines")
struct LegacyTextLinesTests {
  @Test("every vector gives lines with its app id", arguments: LegacyReportTests.vectors)
  func lines(_ vector: FixtureCase) throws {
    let text = try #require(vector.string("token") ?? vector.string("key"))
    let token = try TokenDecoder.decode(text).token
    let lines = try #require(LegacyTextLines.lines(for: token, now: 1_700_000_000))
    #expect(lines.contains { $0.contains(token.appID) })
    if case .accessToken006(let decoded) = token,
      decoded.privileges.contains(where: { $0.value == 0 })
    {
      #expect(lines.contains { $0.contains("no limit of its own") })
    }
  }
}
