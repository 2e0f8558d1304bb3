import AgoraTokenTestSupport
import Foundation
import Testing

/// Runs every command, output format and error path, with and without `--verbose`, with a known
/// certificate from every source, and asserts that its text appears in neither stdout nor stderr.
@Suite("secret hygiene, end to end")
struct SecretHygieneTests {
  static let vector = Fixtures.cases("tokens-007.json").map(FixtureCase.init)
    .first { $0.id == "p007-rtc-publisher-uid" }
  static var certificate: String { vector?.string("app_certificate") ?? "" }
  static var token: String { vector?.string("token") ?? "" }

  /// The inputs: a valid token, a damaged one, garbage, the certificate itself pasted as a token,
  /// a case-swapped certificate's token check, and an empty value.
  static var inputs: [String] {
    [token, String(token.dropLast(8)), "garbage", certificate, certificate.uppercased(), ""]
  }

  static let formats: [(command: String, formats: [String])] = [
    ("inspect", ["text", "json", "ndjson"]),
    ("verify", ["text", "json", "ndjson"]),
    ("lint", ["text", "json", "ndjson", "sarif", "github"]),
  ]

  func assertClean(_ run: CommandLineRun, _ label: String) {
    let secret = Self.certificate
    #expect(!run.stdout.contains(secret), "stdout of \(label)")
    #expect(!run.stderr.contains(secret), "stderr of \(label)")
    #expect(!run.stdout.lowercased().contains(secret.lowercased()), "stdout of \(label), any case")
    #expect(!run.stderr.lowercased().contains(secret.lowercased()), "stderr of \(label), any case")
    #expect((0...3).contains(run.status), "exit status of \(label)")
  }

  @Test("inspect, verify and lint in every format, every input, every certificate source")
  func reportingCommands() throws {
    let file = try TemporaryFile.write("# primary\n\(Self.certificate)\n")
    let sources: [(arguments: [String], environment: [String: String], stdin: String?)] = [
      (["--cert-file", file.path], [:], nil),
      (["--cert-env", "MY_CERT"], ["MY_CERT": Self.certificate], nil),
      ([], ["AGORA_APP_CERTIFICATE": Self.certificate], nil),
      (["--cert-stdin"], [:], Self.certificate + "\n"),
    ]
    let inputFile = try TemporaryFile.write(Self.inputs.joined(separator: "\n") + "\n")
    for (command, formats) in Self.formats {
      for format in formats {
        for source in sources {
          for verbose in [false, true] {
            var arguments = [command, "--format", format, "--now", "1718000000"] + source.arguments
            if verbose { arguments.append("--verbose") }
            let run = try CommandLineRun.agtoken(
              arguments + ["--input", inputFile.path], input: source.stdin,
              environment: source.environment)
            assertClean(run, arguments.joined(separator: " "))
          }
        }
      }
    }
  }

  @Test("build, diff, rules and error paths")
  func otherCommands() throws {
    let file = try TemporaryFile.write(Self.certificate + "\n")
    let appID = Self.vector?.object("expected")["app_id"] as? String ?? ""
    let runs: [[String]] = [
      [
        "build", "rtc", "--app-id", appID, "--cert-file", file.path, "--channel", "c", "--uid", "1",
      ],
      [
        "build", "chat-app", "--app-id", appID, "--cert-file", file.path, "--format", "json",
      ],
      [
        "build", "rtc", "--app-id", "bad", "--cert-file", file.path, "--channel", "c", "--uid", "1",
      ],
      [
        "build", "rtc", "--app-id", appID, "--cert-file", file.path, "--channel", "c", "--uid",
        "-1",
      ],
      ["diff", "--cert-file", file.path, Self.token, Self.token],
      ["diff", "--format", "json", Self.token, "garbage"],
      ["rules", "--format", "json"],
      ["verify", "--cert-file", "/nonexistent/certs.txt", Self.token],
      ["verify", "--cert-env", "UNSET_VARIABLE_FOR_TEST", Self.token],
      ["inspect", "--cert-file", file.path, "--no-such-flag"],
      ["lint", "--cert-file", file.path, "--select", "NOPE", Self.token],
    ]
    for arguments in runs {
      for verbose in [false, true] {
        let run = try CommandLineRun.agtoken(
          arguments + (verbose && arguments[0] != "rules" ? ["--verbose"] : []),
          environment: ["AGORA_APP_CERTIFICATE": Self.certificate])
        assertClean(run, arguments.joined(separator: " "))
      }
    }
  }

  @Test("GitHub Actions masks go to stderr, never into the JSON on stdout")
  func gitHubActionsMask() throws {
    let run = try CommandLineRun.agtoken(
      ["verify", "--format", "json", Self.token],
      environment: ["AGORA_APP_CERTIFICATE": Self.certificate, "GITHUB_ACTIONS": "true"])
    #expect(run.status == 0)
    #expect(!run.stdout.contains(Self.certificate))
    #expect(run.stderr.contains("::add-mask::"))
    #expect(run.jsonObject() != nil)
  }

  @Test("a certificate file readable by others gets a warning")
  func sharedFileWarning() throws {
    let file = try TemporaryFile.write(Self.certificate + "\n", permissions: 0o644)
    let run = try CommandLineRun.agtoken(["verify", "--cert-file", file.path, Self.token])
    #expect(run.status == 0)
    #expect(run.stderr.contains("chmod 600"))
  }
}
