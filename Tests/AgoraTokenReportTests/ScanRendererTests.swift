import AgoraTokenLint
import AgoraTokenReport
import AgoraTokenScan
import AgoraTokenTestSupport
import Foundation
import Testing

@Suite("scan report renderers")
struct ScanRendererTests {
  /// A report with one finding of each kind, one of them from history, in a file whose name
  /// needs escaping in GitHub commands.
  static let report: ScanReport = {
    var certificate = ScanFinding(
      rule: .certificateInSource, file: "config/app,1:x.properties", line: 2, column: 9,
      fingerprint: "aaaaaaaaaaaa")
    certificate.key = "appcert"
    certificate.confirmed = true
    certificate.signs = ["bbbbbbbbbbbb"]
    certificate.publicSample = false
    var token = ScanFinding(
      rule: .tokenInSource, file: "web/app.js", line: 1, column: 33, fingerprint: "bbbbbbbbbbbb")
    token.appID = "0123456789abcdef0123456789abcdef"
    token.version = "007"
    token.status = "valid"
    token.expiresAt = 1_765_003_600
    token.signedBy = ["aaaaaaaaaaaa"]
    token.appIDCertificates = []
    var appID = ScanFinding(
      rule: .appIDInSource, file: "old.env", line: 1, column: 14, fingerprint: "cccccccccccc",
      source: "history")
    appID.key = "AGORA_APP_ID"
    appID.appID = "0123456789abcdef0123456789abcdef"
    appID.commit = "0123456789abcdef0123456789abcdef01234567"
    var summary = ScanSummary()
    summary.filesScanned = 2
    summary.bytesScanned = 120
    summary.skipped = [SkippedFile(file: "logo.png", reason: .binary)]
    summary.commitsScanned = 4
    summary.findings = ["certificate_in_source": 1, "token_in_source": 1, "app_id_in_source": 1]
    return ScanReport(findings: [certificate, token, appID], summary: summary)
  }()

  @Test("text: one line per finding, then each fix once")
  func text() {
    let lines = ScanTextRenderer.render(Self.report).split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "config/app,1:x.properties:2:9: error AT601 certificate_in_source: App Certificate assigned to appcert; confirmed: verifies 1 token found (bbbbbbbbbbbb) [fingerprint aaaaaaaaaaaa]",
        "web/app.js:1:33: error AT602 token_in_source: 007 token for App ID 0123456789abcdef0123456789abcdef; valid until 2025-12-06T06:46:40Z: anyone can use it; signed by the certificate found (aaaaaaaaaaaa) [fingerprint bbbbbbbbbbbb]",
        "old.env:1:14: info AT603 app_id_in_source: App ID 0123456789abcdef0123456789abcdef assigned to AGORA_APP_ID [fingerprint cccccccccccc] (only in history, added in commit 0123456789ab)",
        "fix AT601 certificate_in_source: \(ScanRule.certificateInSource.fix)",
        "fix AT602 token_in_source: \(ScanRule.tokenInSource.fix)",
        "fix AT603 app_id_in_source: \(ScanRule.appIDInSource.fix)",
      ])
    #expect(
      ScanTextRenderer.summary(Self.report)
        == "agtoken scan: scanned 2 files (120 bytes); 4 commits of history; skipped 1 (1 binary); 1 certificate_in_source, 1 token_in_source, 1 app_id_in_source\n"
    )
    #expect(ScanTextRenderer.render(ScanReport(findings: [], summary: ScanSummary())) == "")
  }

  @Test("text: a file name cannot forge a line")
  func controlCharactersInNames() {
    let finding = ScanFinding(
      rule: .appIDInSource, file: "a\nb\u{1B}.env", line: 1, column: 1, fingerprint: "dddddddddddd")
    let text = ScanTextRenderer.render(ScanReport(findings: [finding], summary: ScanSummary()))
    #expect(text.hasPrefix("a\\nb\\u{1B}.env:1:1: info AT603"))
  }

  @Test("json and ndjson: snake_case keys, absent fields left out")
  func json() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(ScanJSONRenderer.render(Self.report).utf8))
        as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(
      Set(findings[0].keys)
        == [
          "name", "code", "severity", "file", "line", "column", "fingerprint", "key", "confirmed",
          "signs", "public_sample", "source", "fix",
        ])
    #expect(findings[1]["expires_at"] as? Int == 1_765_003_600)
    #expect(findings[1]["signed_by"] as? [String] == ["aaaaaaaaaaaa"])
    #expect(findings[2]["commit"] as? String == "0123456789abcdef0123456789abcdef01234567")
    let summary = try #require(object["summary"] as? [String: Any])
    #expect(summary["commits_scanned"] as? Int == 4)
    #expect((summary["skipped"] as? [[String: Any]])?.first?["reason"] as? String == "binary")
    let lines = ScanJSONRenderer.renderLines(Self.report).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.hasPrefix("{\"app_id\"") || $0.hasPrefix("{\"code\"") })
  }

  @Test("github: escaped properties, a column, notice for info")
  func github() {
    let lines = ScanGitHubRenderer.render(Self.report).split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines[0].hasPrefix(
        "::error file=config/app%2C1%3Ax.properties,line=2,col=9,title=AT601 certificate_in_source::App Certificate assigned to appcert"
      ))
    #expect(
      lines[2].hasPrefix("::notice file=old.env,line=1,col=14,title=AT603 app_id_in_source::"))
  }

  @Test("sarif: rules, regions with columns, fingerprints from the value's fingerprint")
  func sarif() throws {
    let log = ScanSARIFRenderer.log(Self.report, version: "0.1.0")
    let run = try #require(log.runs.first)
    #expect(run.tool.driver.rules.map(\.id) == ["AT601", "AT602", "AT603"])
    #expect(run.results.map(\.level) == ["error", "error", "note"])
    #expect(run.results.map(\.ruleIndex) == [0, 1, 2])
    let region = try #require(run.results[1].locations.first?.physicalLocation.region)
    #expect(region.startLine == 1)
    #expect(region.startColumn == 33)
    #expect(
      run.results[0].partialFingerprints == [
        "agtokenScan/v1": "aaaaaaaaaaaa:AT601:config/app,1:x.properties"
      ])
  }

  @Test(
    "sarif validates against the SARIF 2.1.0 schema",
    .enabled(
      if: SARIFSchema.python != nil, "no python3 with jsonschema, so the schema check cannot run"))
  func sarifSchema() throws {
    #expect(
      try SARIFSchema.errors(in: ScanSARIFRenderer.render(Self.report, version: "0.1.0")) == "")
  }
}
