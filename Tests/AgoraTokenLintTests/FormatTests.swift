import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import AgoraTokenTestSupport
import Foundation
import Testing

/// Golden files for every lint output format, and SARIF validation against the 2.1.0 schema.
///
/// Regenerate the golden files with `AGTOKEN_UPDATE_GOLDEN=1 swift test --filter FormatTests`;
/// never edit them by hand.
@Suite("lint output formats")
struct FormatTests {
  static let now: UInt64 = 1_718_005_000
  static let golden = Fixtures.directory.appendingPathComponent("golden")

  /// A fixed set of inputs: a clean vector, vectors with findings, a damaged token, stdin and an
  /// argument source.
  static func inputs() -> [LintedInput] {
    let vectors = Fixtures.cases("tokens-007.json")
    func token(_ id: String) -> String {
      vectors.first { $0["id"] as? String == id }?["token"] as? String ?? ""
    }
    let certificate =
      vectors.first { $0["id"] as? String == "p007-rtc-publisher-uid" }?["app_certificate"]
      as? String ?? ""
    let identity = ClientIdentity(channel: "demo-channel", uid: 123_456_789)
    let pipeline = InspectionPipeline(
      InspectionSettings(
        now: now, certificates: [AppCertificate(secret: certificate, origin: "test")],
        context: DiagnosisContext(failureTime: now, identity: identity)))
    let sources: [(String, InputSource)] = [
      (token("p007-rtc-publisher-uid"), InputSource(file: "tokens.txt", line: 1)),
      (token("p007-expire-2-days"), InputSource(file: "tokens.txt", line: 2)),
      (token("p007-rtc-account-and-privilege"), InputSource(file: "tokens.txt", line: 4)),
      ("007eJxTYBBPdk", InputSource(file: "-", line: 1)),
      (token("p007-fpa"), InputSource(file: "argument", line: 1)),
    ]
    return sources.map { text, source in pipeline.inspect(text, source: source) }
  }

  static func rendered(_ format: String) -> String {
    let inputs = inputs()
    switch format {
    case "txt":
      let renderer = LintTextRenderer(color: false)
      var tally = FindingTally()
      for input in inputs { tally.add(input.findings) }
      return inputs.map(renderer.render).joined()
        + renderer.summary(tokens: inputs.count, tally: tally)
    case "json": return LintJSONRenderer.document(inputs, now: now)
    case "ndjson": return inputs.map { LintJSONRenderer.line($0, now: now) }.joined()
    case "sarif": return SARIFRenderer.render(inputs, version: "0.0.0-test")
    default: return inputs.map(GitHubRenderer.render).joined()
    }
  }

  @Test("matches the golden file", arguments: ["txt", "json", "ndjson", "sarif", "github"])
  func golden(_ format: String) throws {
    let url = Self.golden.appendingPathComponent("lint.\(format)")
    let output = Self.rendered(format)
    if ProcessInfo.processInfo.environment["AGTOKEN_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
      try output.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(output == expected)
  }

  @Test("no output format contains a token text")
  func noTokenText() {
    let texts = Self.inputs().map(\.inspection.text).filter { $0.count > 20 }
    for format in ["txt", "json", "ndjson", "sarif", "github"] {
      let output = Self.rendered(format)
      for text in texts { #expect(!output.contains(text), "\(format) leaks a token") }
    }
  }

  @Test("SARIF: rules metadata, locations and fingerprints")
  func sarifShape() throws {
    let log = SARIFRenderer.log(Self.inputs(), version: "1")
    let run = try #require(log.runs.first)
    #expect(log.version == "2.1.0")
    #expect(run.tool.driver.rules.map(\.id) == RuleRegistry.descriptors.map(\.code))
    let uris = Set(run.results.map { $0.locations[0].physicalLocation.artifactLocation.uri })
    #expect(uris == ["tokens.txt", "stdin", "argument"])
    for result in run.results {
      #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
      #expect(
        result.partialFingerprints.values.allSatisfy { $0.count < 60 && !$0.hasPrefix("007") })
    }
  }

  @Test(
    "SARIF validates against the SARIF 2.1.0 JSON schema (python3 jsonschema)",
    .enabled(
      if: SARIFSchema.python != nil, "no python3 with jsonschema, so the schema check cannot run"))
  func sarifSchema() throws {
    #expect(try SARIFSchema.errors(in: Self.rendered("sarif")) == "")
  }

  @Test("GitHub commands escape %, CR, LF, and : , in properties")
  func githubEscaping() {
    let finding = Finding(
      code: "AT201", name: "token_expired", severity: .error, message: "a%b\r\nc", help: "",
      url: "")
    let inspection = Inspection(source: InputSource(file: "dir,x:y.txt", line: 3), text: "t")
    let line = GitHubRenderer.render(LintedInput(inspection: inspection, findings: [finding]))
    #expect(line.hasPrefix("::error file=dir%2Cx%3Ay.txt,line=3,title=AT201 token_expired::"))
    #expect(line.hasSuffix("a%25b%0D%0Ac\n"))
    let info = Finding(
      code: "AT402", name: "signature_not_checked", severity: .info, message: "m", help: "", url: ""
    )
    #expect(
      GitHubRenderer.render(LintedInput(inspection: inspection, findings: [info])).hasPrefix(
        "::notice "))
  }
}

/// Colour is applied only when asked.
@Suite("lint text colour")
struct TextColorTests {
  @Test("ANSI escapes only with color: true")
  func color() {
    let input = FormatTests.inputs()[1]
    #expect(!LintTextRenderer(color: false).render(input).contains("\u{1B}["))
    #expect(LintTextRenderer(color: true).render(input).contains("\u{1B}[31merror"))
  }
}
