import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Testing

/// A lenient decode's `trailing_bytes` and `bad_app_id` warnings each have a lint rule, for 007 and
/// 006 alike (`shared/vectors/malformed.json`, `expected.error`).
@Suite("lint over lenient decode warnings")
struct LenientWarningLintTests {
  static let rules = ["trailing_bytes": "AT107", "bad_app_id": "AT101"]

  static let cases = Fixtures.cases("malformed.json").map(FixtureCase.init).filter { vector in
    guard let kind = vector.object("expected")["error"] as? String, rules[kind] != nil,
      let input = vector.string("input")
    else { return false }
    // Only the inputs that decode leniently: the others are decode errors, not warnings.
    return (try? TokenDecoder.decode(input)) != nil
  }

  @Test("the warning's rule reports it", arguments: cases)
  func warningHasFinding(_ vector: FixtureCase) throws {
    let input = try #require(vector.string("input"))
    let kind = try #require(vector.object("expected")["error"] as? String)
    let inspection = Inspector().inspect(
      input, source: InputSource(file: "malformed.json", line: 1))
    #expect(inspection.decoded?.warnings.contains { $0.kind.rawValue == kind } == true)
    let codes = Linter().lint(inspection, context: LintContext(now: 0)).map(\.code)
    #expect(codes.contains(try #require(Self.rules[kind])))
  }

  @Test("the 006 cases are among them")
  func covers006() {
    #expect(Self.cases.contains { $0.string("input")?.hasPrefix("006") == true })
    #expect(Self.cases.count >= 4)
  }
}
