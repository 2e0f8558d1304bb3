import AgoraTokenTestSupport
import Foundation
import Testing

/// The look-alike cases of `Tests/Fixtures/agora-behaviour.json` through the built binary: each
/// case's context becomes the flags a user would type (`--product`, `--channel`, `--uid`,
/// `--account`, `--now`, `--built-for-role`, `--sdk-version`, the certificate in a file), and
/// `agtoken lint --format json` names the findings and statements the case expects.
@Suite("Agora behaviour cases, end to end")
struct AgoraBehaviourCLITests {
  static var cases: [[String: Any]] { Fixtures.cases("agora-behaviour.json") }

  static func arguments(_ context: [String: Any], certificateFile: URL?) -> [String] {
    var arguments = ["lint", "--format", "json", "--exit-zero"]
    let flags: [(String, String)] = [
      ("product", "--product"), ("app_id", "--app-id"), ("channel", "--channel"),
      ("account", "--account"), ("built_for_role", "--built-for-role"),
      ("sdk_version", "--sdk-version"),
    ]
    for (key, flag) in flags {
      if let value = context[key] as? String { arguments += [flag, value] }
    }
    if let uid = context["uid"] as? Int { arguments += ["--uid", String(uid)] }
    if let time = context["failure_time"] as? Int { arguments += ["--now", String(time)] }
    if let certificateFile { arguments += ["--cert-file", certificateFile.path] }
    return arguments
  }

  @Test("the fixture holds the cases")
  func present() { #expect(Self.cases.count >= 12) }

  @Test("lint names what each case expects, and never prints the certificate")
  func judged() throws {
    for item in Self.cases {
      let id = item["id"] as? String ?? "?"
      let context = item["context"] as? [String: Any] ?? [:]
      let expected = item["expected"] as? [String: [String]] ?? [:]
      let certificate = context["certificate"] as? String
      let file = try certificate.map { try TemporaryFile.write($0 + "\n", name: "certs.txt") }
      let run = try CommandLineRun.agtoken(
        Self.arguments(context, certificateFile: file) + [item["input"] as? String ?? ""])
      #expect(run.status == 0, "\(id): \(run.stderr)")
      let document = try #require(run.jsonArray()?.first, "\(id)")
      let names = Set(
        (document["findings"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
      let statements = Set(
        (document["diagnosis"] as? [[String: Any]] ?? []).compactMap { $0["statement"] as? String }
      )
      for name in expected["lint"] ?? [] { #expect(names.contains(name), "\(id): \(names)") }
      for name in expected["lint_absent"] ?? [] { #expect(!names.contains(name), "\(id)") }
      for statement in expected["diagnosis"] ?? [] {
        #expect(statements.contains(statement), "\(id): \(statements.sorted())")
      }
      for statement in expected["diagnosis_absent"] ?? [] {
        #expect(!statements.contains(statement), "\(id)")
      }
      if let certificate { #expect(!run.stdout.contains(certificate), "\(id)") }
    }
  }
}
