import AgoraTokenLint
import AgoraTokenReport
import AgoraTokenTestSupport
import Foundation
import Testing

@testable import AgoraToken

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

/// A token that declares 65,535 services gets at most ``Linter/findingsPerRule`` findings per rule,
/// plus one that counts the rest: the report stays proportional to what a person can read.
@Suite("finding caps")
struct FindingCapTests {
  @Test("65,535 empty services give a capped no_privileges report")
  func capped() throws {
    var writer = ByteWriter()
    try writer.writePacked([UInt8](repeating: 1, count: 32), field: "signature")
    try writer.writePacked("0123456789abcdef0123456789abcdef", field: "app_id")
    writer.write(UInt32(1_700_000_000))
    writer.write(UInt32(3600))
    writer.write(UInt32(1))
    writer.write(UInt16.max)
    for _ in 0..<UInt16.max {
      writer.write(UInt16(4))
      writer.write(UInt16(0))
    }
    let text = "007" + Base64Text.encode(try Zlib.deflate(writer.bytes))
    let inspection = Inspector().inspect(text, source: InputSource(file: "t", line: 1))
    #expect(inspection.error == nil)
    let findings = Linter().lint(inspection, context: LintContext(now: 1_700_000_000))
    let empty = findings.filter { $0.name == "no_privileges" }
    #expect(empty.count == Linter.findingsPerRule + 1)
    #expect(empty.last?.value == .number(Int(UInt16.max) - Linter.findingsPerRule))
  }
}
