import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Every input of real-world.json repairs, decodes or is recognised as its `expected` says.
///
@Suite("Repair and recognition over real-world.json")
struct RepairRealWorldTests {
  static let cases = Fixtures.cases("real-world.json").map(FixtureCase.init)

  static func inspect(_ fixture: FixtureCase) throws -> Inspection {
    let context = fixture.object("context")
    return strictInspector(
      certificate: context["certificate"] as? String,
      // An RTM 006 token is verified with the RTM user id in the channel slot.
      identity: ClientIdentity(
        appID: context["app_id"] as? String, account: context["rtm_user_id"] as? String)
    ).inspect(try #require(fixture.string("input")), source: InputSource(file: "t", line: 1))
  }

  @Test("the cases are present")
  func casesLoad() {
    #expect(Self.cases.count == 19)
  }

  @Test("applies exactly the expected repairs", arguments: cases)
  func repairs(_ fixture: FixtureCase) throws {
    let expected = fixture.object("expected")
    let result = InputRepair.repair(try #require(fixture.string("input")))
    #expect(result.repairs.map(\.name) == expected["repairs"] as? [String])
    if let repaired = expected["repaired_token"] as? String {
      #expect(result.text == repaired)
    }
  }

  @Test("decodes, or fails with the expected error kind", arguments: cases)
  func decodes(_ fixture: FixtureCase) throws {
    let expected = fixture.object("expected")
    _ = try #require(fixture.string("input"))
    let inspection = try Self.inspect(fixture)
    if expected["decodes"] as? Bool == true {
      #expect(inspection.error == nil)
      #expect(inspection.decoded != nil)
      #expect(inspection.recognition == nil)
    } else {
      #expect(inspection.decoded == nil)
      #expect(inspection.error?.kind.rawValue == expected["error_kind"] as? String)
    }
  }

  @Test(
    "is recognised as what it is",
    arguments: cases.filter { $0.object("expected")["recognized_as"] != nil })
  func recognised(_ fixture: FixtureCase) throws {
    let want = fixture.object("expected")["recognized_as"] as? [String: Any] ?? [:]
    let inspection = try Self.inspect(fixture)
    let recognition = try #require(inspection.recognition)
    #expect(recognition.kind == want["kind"] as? String)
    if let meaning = want["meaning"] as? String {
      #expect(recognition.message.hasPrefix(meaning))
    }
    for field in recognition.fields {
      guard let value = want[field.name] else { continue }
      let text = (value as? String) ?? (value as? NSNumber).map { "\($0)" } ?? "?"
      #expect(field.value == text, "field \(field.name)")
    }
    if recognition.kind == "chat_rest_token" {
      let named = Set(recognition.fields.map(\.name))
      for key in ["issued_at", "expires_at", "expires_at_ms", "uuid", "tail_hex", "lifetime_s"] {
        #expect(named.contains(key), "field \(key)")
      }
      let notInferred = recognition.fields.filter { !$0.inferred }.map(\.name)
      #expect(notInferred == ["decoded_length"])
      #expect(recognition.message.contains("cannot be verified offline"))
    }
  }

  @Test(
    "an obvious cause is reported as an after-fix with the fixed token",
    arguments: cases.filter { $0.object("expected")["after_fix"] != nil })
  func afterFix(_ fixture: FixtureCase) throws {
    let want = fixture.object("expected")["after_fix"] as? [String: Any] ?? [:]
    let input = try #require(fixture.string("input"))
    let repaired = InputRepair.repair(input).text
    let candidates = AfterFixFinder.candidates(for: repaired)
    #expect(
      candidates.contains {
        $0.fix == want["fix"] as? String && $0.text == want["token"] as? String
      })
    let inspection = try Self.inspect(fixture)
    let fix = try #require(inspection.afterFix)
    #expect(fix.fix == want["fix"] as? String)
    #expect(fix.text == want["token"] as? String)
    #expect(fix.repairs.map(\.name) == want["repairs"] as? [String] ?? [])
    if let valid = want["signature_valid"] as? Bool {
      #expect(fix.signature.status == (valid ? .valid : .invalid))
    }
    #expect(inspection.error != nil)
    #expect(inspection.signature.status == .notChecked)
  }
}
