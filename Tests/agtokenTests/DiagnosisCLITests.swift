import AgoraTokenTestSupport
import Foundation
import Testing

/// End-to-end diagnosis through the built binary: the context flags reach the statements, and the
/// `diagnosis` array and text block appear.
@Suite("diagnosis, end to end")
struct DiagnosisCLITests {
  static let cases = Fixtures.cases("real-world.json").map(FixtureCase.init)

  static func item(_ id: String) throws -> FixtureCase {
    try #require(cases.first { $0.id == id })
  }

  static func statements(_ document: [String: Any]) -> [String] {
    (document["diagnosis"] as? [[String: Any]] ?? []).compactMap { $0["statement"] as? String }
  }

  @Test("inspect --format json states the uid-type diagnosis of a 007 account token")
  func accountToken() throws {
    let item = try Self.item("RW01")
    let context = item.object("context")
    let built = context["built_for"] as? [String: Any] ?? [:]
    let run = try CommandLineRun.agtoken([
      "inspect", "--format", "json", "--now", String(context["failure_time"] as? Int ?? 0),
      "--app-id", context["app_id"] as? String ?? "", "--channel",
      context["channel"] as? String ?? "", "--uid", "0", "--product", "rtc",
      "--built-for-channel", built["channel"] as? String ?? "", "--built-for-account",
      built["account"] as? String ?? "", item.string("input") ?? "",
    ])
    #expect(run.status == 0)
    let made = Self.statements(try #require(run.jsonObject()))
    for statement in item.object("expected")["diagnosis"] as? [String] ?? [] {
      #expect(made.contains(statement), "\(statement) in \(made)")
    }
  }

  @Test("verify names the secondary certificate from the second --cert-file line")
  func secondaryCertificate() throws {
    let item = try Self.item("RW17")
    let context = item.object("context")
    let file = try TemporaryFile.write(
      "\(context["certificate"] as? String ?? "")\n\(context["secondary_certificate"] as? String ?? "")\n"
    )
    let run = try CommandLineRun.agtoken([
      "verify", "--format", "json", "--cert-file", file.path, "--now",
      String(context["failure_time"] as? Int ?? 0), "--channel",
      context["channel"] as? String ?? "", "--uid", String(context["uid"] as? Int ?? 0),
      item.string("input") ?? "",
    ])
    #expect(run.status == 0)
    let made = Self.statements(try #require(run.jsonObject()))
    #expect(made.contains("signed_with_secondary_certificate"))
    #expect(made.contains("token_consistent_with_context"))
    #expect(!run.stdout.contains(context["secondary_certificate"] as? String ?? "-"))
  }

  @Test("lint shows a diagnosis block for an App ID passed as the token, exit codes unchanged")
  func appIDAsToken() throws {
    let item = try Self.item("RW13")
    let context = item.object("context")
    let run = try CommandLineRun.agtoken([
      "lint", "--now", String(context["failure_time"] as? Int ?? 0), "--app-id",
      context["app_id"] as? String ?? "", "--account", context["uid"] as? String ?? "",
      "--uid-passed-as-string", item.string("input") ?? "",
    ])
    #expect(run.status == 3)
    #expect(run.stdout.contains("diagnosis"))
    for statement in ["not_a_token_32_hex", "input_equals_app_id", "join_uid_passed_as_string"] {
      #expect(run.stdout.contains(statement), "\(statement)")
    }
  }
}
