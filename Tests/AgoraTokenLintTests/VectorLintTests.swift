import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

/// For every public 007 vector, the structural finding names equal `expected.lint`.
@Suite("structural lint over the 007 vectors")
struct VectorLintTests {
  static let vectors = Fixtures.cases("tokens-007.json").map(FixtureCase.init)

  @Test("structural names equal expected.lint", arguments: vectors)
  func structural(_ vector: FixtureCase) throws {
    let inspection = Inspector().inspect(
      try #require(vector.string("token")), source: InputSource(file: "tokens-007.json", line: 1))
    #expect(inspection.error == nil)
    let findings = Linter().lint(inspection, context: LintContext(now: 0))
    let structural = Set(
      findings.filter { RuleRegistry.descriptor($0.code)?.structural == true }.map(\.name))
    let expected = Set(vector.object("expected")["lint"] as? [String] ?? [])
    #expect(structural == expected)
  }

  @Test("privilege_zero carries the inherits-expiry wording and a privilege pointer")
  func privilegeZeroWording() throws {
    let token = try #require(LintFixtures.vectorToken("tokens-007.json", "p007-fpa"))
    let inspection = Inspector().inspect(token, source: InputSource(file: "-", line: 1))
    let finding = try #require(
      Linter().lint(inspection, context: LintContext(now: 0)).first { $0.name == "privilege_zero" })
    #expect(finding.severity == .info)
    #expect(finding.message.contains("inherits the token's expiry"))
    #expect(finding.field == .privilege(service: 0, id: 1))
  }
}
