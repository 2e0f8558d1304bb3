import AgoraTokenTestSupport
import Foundation
import Testing

/// `build --format json` prints `{"token", "document"}`, and the document is what
/// `inspect --format json` prints for that token at the same `--now`: the same findings,
/// diagnosis and status (docs/build.md).
@Suite("build --format json, end to end")
struct BuildJSONCLITests {
  static let appID = "7b1e6f0c2a9d48e3b5c4d3e2f1a09876"
  static let certificate = "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f00"

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func names(_ document: [String: Any], _ key: String, _ member: String) -> [String] {
    (document[key] as? [[String: Any]] ?? []).compactMap { $0[member] as? String }
  }

  @Test(
    "the document's status, findings and diagnosis are inspect's at the same --now",
    arguments: [
      (["--expire", "3600"], 600, "valid"),
      (["--expire", "3600"], 100_000, "expired"),
      (["--expire", "172800", "--allow-long-lifetime"], 90_000, "expired"),
    ] as [([String], Int, String)])
  func sameAsInspect(_ lifetime: [String], _ offset: Int, _ status: String) throws {
    let issued = 1_750_000_000
    let now = String(issued + offset)
    let built = try CommandLineRun.agtoken(
      [
        "build", "rtc", "--app-id", Self.appID, "--channel", "demo", "--uid", "42",
        "--issue-ts", String(issued), "--salt", "1", "--cert-env", "CERT", "--format", "json",
        "--now", now,
      ] + lifetime, environment: ["CERT": Self.certificate])
    #expect(built.status == 0, "\(built.stderr)")
    let output = try Self.object(built.stdout)
    let token = try #require(output["token"] as? String)
    let document = try #require(output["document"] as? [String: Any])
    #expect(document["status"] as? String == status)
    let inspected = try CommandLineRun.agtoken(
      ["inspect", "--format", "json", "--now", now, "--cert-env", "CERT", token],
      environment: ["CERT": Self.certificate])
    let reference = try Self.object(inspected.stdout)
    #expect(reference["status"] as? String == status)
    #expect(Self.names(document, "findings", "name") == Self.names(reference, "findings", "name"))
    #expect(
      Self.names(document, "diagnosis", "statement")
        == Self.names(reference, "diagnosis", "statement"))
    #expect(!built.stdout.contains(Self.certificate))
  }
}
