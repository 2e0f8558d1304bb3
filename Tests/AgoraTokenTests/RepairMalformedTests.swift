import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Every case of malformed.json repairs to exactly its `repaired_token` with its `repairs_applied`,
/// or is rejected with its error kind after its `repairs_before_error`.
@Suite("Repair pipeline over malformed.json")
struct RepairMalformedTests {
  static let cases = Fixtures.cases("malformed.json").map(FixtureCase.init)
  static let repairCases = cases.filter { $0.object("expected")["repaired_token"] != nil }
  static let errorCases = cases.filter { $0.object("expected")["error"] != nil }
  static let decodableCases = cases.filter { $0.object("expected")["decodable"] != nil }

  @Test("the cases are present")
  func casesLoad() {
    #expect(Self.cases.count == 43)
    #expect(Self.repairCases.count + Self.errorCases.count + Self.decodableCases.count == 43)
  }

  @Test("repairs to exactly the repaired token", arguments: repairCases)
  func repairs(_ fixture: FixtureCase) throws {
    let expected = fixture.object("expected")
    let input = try #require(fixture.string("input"))
    let result = InputRepair.repair(input)
    #expect(result.text == expected["repaired_token"] as? String)
    #expect(result.repairs.map(\.name) == expected["repairs_applied"] as? [String])
    #expect(result.repairs.allSatisfy { !$0.detail.isEmpty })
    if let main = expected["repair"] as? String {
      #expect(result.repairs.map(\.name).contains(main))
    }
  }

  @Test("a repaired token decodes and verifies as its original", arguments: repairCases)
  func repairedDecodes(_ fixture: FixtureCase) throws {
    let expected = fixture.object("expected")
    let input = try #require(fixture.string("input"))
    let inspection = Inspector(
      certificates: fixture.string("app_certificate").map {
        [AppCertificate(secret: $0, origin: "test")]
      } ?? []
    ).inspect(input, source: InputSource(file: "test", line: 1))
    #expect(inspection.error == nil)
    #expect(inspection.decoded != nil)
    #expect(inspection.repairs.map(\.name) == expected["repairs_applied"] as? [String])
    if expected["signature_valid_with_certificate"] as? Bool == true {
      #expect(inspection.signature.status == .valid)
    }
  }

  @Test("is rejected with its error kind after its repairs", arguments: errorCases)
  func rejects(_ fixture: FixtureCase) throws {
    let expected = fixture.object("expected")
    let input = try #require(fixture.string("input"))
    let before = expected["repairs_before_error"] as? [String] ?? []
    #expect(InputRepair.repair(input).repairs.map(\.name) == before)
    let inspection = strictInspector().inspect(input, source: InputSource(file: "test", line: 1))
    #expect(inspection.error?.kind.rawValue == expected["error"] as? String)
    #expect(inspection.repairs.map(\.name) == before)
    #expect(inspection.decoded == nil)
  }

  @Test("a changed signed byte decodes with an invalid signature", arguments: decodableCases)
  func badSignature(_ fixture: FixtureCase) throws {
    let input = try #require(fixture.string("input"))
    let certificate = try #require(fixture.string("app_certificate"))
    let inspection = strictInspector(certificate: certificate).inspect(
      input, source: InputSource(file: "test", line: 1))
    #expect(inspection.repairs.isEmpty)
    #expect(inspection.decoded != nil)
    #expect(inspection.signature.status == .invalid)
  }

  @Test("--no-repair decodes the input exactly as given")
  func noRepair() throws {
    let fixture = try #require(Self.repairCases.first { $0.id == "pm-whitespace" })
    let input = try #require(fixture.string("input"))
    let inspection = Inspector(repair: false).inspect(
      input, source: InputSource(file: "t", line: 1))
    #expect(inspection.repairs.isEmpty)
    #expect(inspection.text == input)
    #expect(inspection.error != nil)
  }

  @Test("a body of 1 modulo 4 gets no padding and says a character was lost or added")
  func impossibleLength() throws {
    let fixture = try #require(Self.errorCases.first { $0.id == "pm-bad-base64-length" })
    let input = try #require(fixture.string("input"))
    let inspection = strictInspector().inspect(input, source: InputSource(file: "t", line: 1))
    #expect(inspection.repairs.isEmpty)
    #expect(inspection.error?.kind == .badBase64)
    #expect(inspection.error?.message.contains("lost or added") == true)
  }

  @Test("typographic quotes are stripped")
  func typographicQuotes() throws {
    let token = try #require(
      Self.repairCases.first?.object("expected")["repaired_token"] as? String)
    for (open, close) in [
      ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"), ("\u{00AB}", "\u{00BB}"),
    ] {
      let result = InputRepair.repair(" " + open + token + close + "\n")
      #expect(result.text == token)
      #expect(result.repairs.map(\.name) == ["trim_whitespace", "strip_quotes"])
    }
  }

  @Test("a query string without a URL is searched too")
  func queryString() throws {
    let token = try #require(
      Self.repairCases.first?.object("expected")["repaired_token"] as? String)
    let encoded = token.replacingOccurrences(of: "+", with: "%2B").replacingOccurrences(
      of: "/", with: "%2F"
    ).replacingOccurrences(of: "=", with: "%3D")
    let result = InputRepair.repair("uid=7&channel=a&token=" + encoded)
    #expect(result.text == token)
    #expect(result.repairs.map(\.name) == ["extract_from_url"])
  }
}
