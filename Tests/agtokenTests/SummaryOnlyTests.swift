import AgoraTokenTestSupport
import Foundation
import Testing

/// `--summary-only` counts what the full report shows, per command, and keeps the exit code.
@Suite("--summary-only")
struct SummaryOnlyTests {
  static let vectors = Fixtures.cases("tokens-007.json").map(FixtureCase.init)
  static let signed = vectors.filter { $0.string("app_certificate") != nil }
  /// The tokens of ten vectors that carry a certificate, plus one garbage line.
  static var lines: String {
    (signed.prefix(10).compactMap { $0.string("token") } + ["garbage"]).joined(separator: "\n")
      + "\n"
  }
  /// Some of those vectors' certificates: the rest of the tokens stay unverified.
  static var certificates: String {
    signed.prefix(4).compactMap { $0.string("app_certificate") }.joined(separator: "\n") + "\n"
  }
  static let now = ["--now", "2024-06-10T08:00:00Z"]

  @Test("lint: rule counts and exit code equal the full JSON report's")
  func lint() throws {
    let input = try TemporaryFile.write(Self.lines)
    let certs = try TemporaryFile.write(Self.certificates, name: "certs.txt")
    let base = ["lint", "--cert-file", certs.path, "--input", input.path] + Self.now
    let full = try CommandLineRun.agtoken(base + ["-f", "json"])
    let summary = try CommandLineRun.agtoken(base + ["-f", "json", "--summary-only"])
    #expect(summary.status == full.status)
    #expect(summary.status == 3)
    let records = try #require(full.jsonArray())
    let object = try #require(summary.jsonObject())
    #expect(object["inputs"] as? Int == records.count)
    var expected: [String: Int] = [:]
    for record in records {
      for finding in record["findings"] as? [[String: Any]] ?? [] {
        expected[finding["code"] as? String ?? "?", default: 0] += 1
      }
    }
    let rules = try #require(object["rules"] as? [[String: Any]])
    var counted: [String: Int] = [:]
    for rule in rules { counted[rule["code"] as? String ?? "?"] = rule["count"] as? Int }
    #expect(counted == expected)
    #expect(rules.map { $0["code"] as? String ?? "" } == counted.keys.sorted())
    #expect(object["not_decoded"] as? Int == 1)
    #expect(summary.stdout.components(separatedBy: "\n").count < 80)
  }

  @Test("verify: signature counts equal the full report's statuses; text form; sarif refused")
  func verify() throws {
    let input = try TemporaryFile.write(Self.lines)
    let certs = try TemporaryFile.write(Self.certificates, name: "certs.txt")
    let base = ["verify", "--cert-file", certs.path, "--input", input.path] + Self.now
    let full = try CommandLineRun.agtoken(base + ["-f", "json-array"])
    let summary = try CommandLineRun.agtoken(base + ["-f", "ndjson", "--summary-only"])
    #expect(summary.status == full.status)
    let records = try #require(full.jsonArray())
    let object = try #require(summary.jsonObject())
    let signature = try #require(object["signature"] as? [String: Any])
    func count(_ status: String) -> Int {
      records.filter { ($0["signature"] as? [String: Any])?["status"] as? String == status }.count
    }
    #expect(signature["valid"] as? Int == count("valid"))
    #expect(signature["invalid"] as? Int == count("invalid"))
    #expect((signature["valid"] as? Int ?? 0) > 0)
    let text = try CommandLineRun.agtoken(base + ["--summary-only"])
    #expect(text.status == full.status)
    #expect(text.stdout.hasPrefix("agtoken: 11 inputs: signature "))
    #expect(!text.stdout.contains("token from"))
    let sarif = try CommandLineRun.agtoken(base + ["-f", "sarif", "--summary-only"])
    #expect(sarif.status == 2)
    #expect(sarif.stderr.contains("--summary-only writes text or JSON"))
  }
}
