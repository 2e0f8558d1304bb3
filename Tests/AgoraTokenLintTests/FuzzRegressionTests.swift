import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import AgoraTokenTestSupport
import Foundation
import Testing

/// Replays every input kept in `Fuzz/corpus/regressions` through the whole pipeline, as the fuzz
/// target drives it: repair, decode, verify, lint, render JSON and text. A trap fails the run.
@Suite("fuzz regression corpus")
struct FuzzRegressionTests {
  static let folder = Fixtures.repositoryRoot.appendingPathComponent("Fuzz/corpus/regressions")
  static let inputs: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

  @Test("the corpus is present")
  func corpusPresent() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test("every corpus input runs through the pipeline", arguments: inputs)
  func replay(_ name: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    let text = String(decoding: data, as: UTF8.self)
    let inspector = Inspector(
      options: DecodeOptions(strict: data.count % 2 == 0),
      certificates: [AppCertificate(secret: "0123456789abcdef0123456789abcdef", origin: "fuzz")],
      identity: ClientIdentity(channel: "fuzz-channel", uid: 42))
    let inspection = inspector.inspect(text, source: InputSource(file: name, line: 1))
    let findings = Linter().lint(inspection, context: LintContext(now: 1_700_000_000, leeway: 30))
    let json = JSONRenderer.line(
      InspectionDocument(inspection, now: 1_700_000_000, findings: findings))
    #expect(json.hasPrefix("{"))
    #expect(!TextRenderer(now: 1_700_000_000).render(inspection, findings: findings).isEmpty)
  }
}
