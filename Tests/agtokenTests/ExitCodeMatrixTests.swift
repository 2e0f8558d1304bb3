import AgoraTokenTestSupport
import Foundation
import Testing

/// Every exit code of `inspect`, `verify` and `lint`, per format and condition, on the built binary.
///
/// Conditions: valid, wrong certificate, expired, not yet valid, expires within the window,
/// garbage, usage error. Times are injected with `--now` relative to the vector's `issue_ts`.
@Suite("exit codes per command, format and condition")
struct ExitCodeMatrixTests {
  static let vector =
    Fixtures.cases("tokens-007.json").map(FixtureCase.init)
    .first { $0.id == "p007-rtc-publisher-uid" }
  static var token: String { vector?.string("token") ?? "" }
  static var certificate: String { vector?.string("app_certificate") ?? "" }
  static var issueTs: Int { vector?.object("expected")["issue_ts"] as? Int ?? 0 }
  static var expire: Int { vector?.object("expected")["expire"] as? Int ?? 0 }

  /// A situation and the arguments that create it (besides the command, format and certificate).
  enum Condition: String, CaseIterable, Sendable {
    case valid, wrongCertificate, expired, notYetValid, expiresWithinWindow, garbage, usageError

    var nowArguments: [String] {
      let issued = ExitCodeMatrixTests.issueTs
      switch self {
      case .expired: return ["--now", String(issued + ExitCodeMatrixTests.expire + 60)]
      case .notYetValid: return ["--now", String(issued - 3_600)]
      default: return ["--now", String(issued + 600)]
      }
    }

    var input: String { self == .garbage ? "garbage" : ExitCodeMatrixTests.token }
  }

  struct Row: Sendable, CustomStringConvertible {
    let command: String
    let condition: Condition
    let expected: Int32
    var description: String { "\(command) \(condition.rawValue) -> \(expected)" }
  }

  static let formats = ["text", "json", "json-array", "ndjson", "sarif", "github"]

  static let rows: [Row] = [
    Row(command: "verify", condition: .valid, expected: 0),
    Row(command: "verify", condition: .wrongCertificate, expected: 1),
    Row(command: "verify", condition: .expired, expected: 1),
    Row(command: "verify", condition: .notYetValid, expected: 1),
    Row(command: "verify", condition: .expiresWithinWindow, expected: 1),
    Row(command: "verify", condition: .garbage, expected: 3),
    Row(command: "verify", condition: .usageError, expected: 2),
    Row(command: "inspect", condition: .valid, expected: 0),
    Row(command: "inspect", condition: .wrongCertificate, expected: 1),
    Row(command: "inspect", condition: .expired, expected: 0),
    Row(command: "inspect", condition: .notYetValid, expected: 0),
    Row(command: "inspect", condition: .garbage, expected: 3),
    Row(command: "inspect", condition: .usageError, expected: 2),
    Row(command: "lint", condition: .valid, expected: 0),
    Row(command: "lint", condition: .wrongCertificate, expected: 1),
    Row(command: "lint", condition: .expired, expected: 1),
    Row(command: "lint", condition: .notYetValid, expected: 1),
    Row(command: "lint", condition: .expiresWithinWindow, expected: 1),
    Row(command: "lint", condition: .garbage, expected: 3),
    Row(command: "lint", condition: .usageError, expected: 2),
  ]

  static func arguments(_ row: Row, format: String, certificateFile: String) -> [String] {
    var arguments = [row.command, "--format", format, "--cert-file", certificateFile]
    arguments += row.condition.nowArguments
    switch row.condition {
    case .expiresWithinWindow where row.command == "lint":
      arguments += ["--select", "expires_within", "--expires-within", "1h", "--fail-on", "warning"]
    case .expiresWithinWindow:
      arguments += ["--expires-within", "1h"]
    case .usageError:
      arguments += ["--no-such-flag"]
    default:
      break
    }
    return arguments + [row.condition.input]
  }

  static func certificateFile(for condition: Condition) throws -> URL {
    let secret =
      condition == .wrongCertificate ? String(repeating: "0", count: 32) : certificate
    return try TemporaryFile.write(secret + "\n")
  }

  @Test("exit code", arguments: rows, formats)
  func exitCode(_ row: Row, format: String) throws {
    let file = try Self.certificateFile(for: row.condition)
    let run = try CommandLineRun.agtoken(
      Self.arguments(row, format: format, certificateFile: file.path))
    #expect(run.status == row.expected, "stdout: \(run.stdout.prefix(400)) stderr: \(run.stderr)")
    if row.condition != .usageError && ["json", "json-array", "sarif"].contains(format) {
      #expect(
        (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil,
        "\(format) output is JSON")
    }
  }

  @Test("verify --ignore-expiry passes an expired or not yet valid token with a valid signature")
  func ignoreExpiry() throws {
    let file = try Self.certificateFile(for: .valid)
    for condition in [Condition.expired, .notYetValid] {
      let run = try CommandLineRun.agtoken(
        ["verify", "--cert-file", file.path, "--ignore-expiry", "--format", "json"]
          + condition.nowArguments + [Self.token])
      #expect(run.status == 0)
      let document = try #require(run.jsonObject())
      #expect(
        document["status"] as? String == (condition == .expired ? "expired" : "not_yet_valid"))
      #expect((document["signature"] as? [String: Any])?["status"] as? String == "valid")
    }
  }

  @Test("verify JSON: status expired, signature valid; a wrong certificate counts its certificates")
  func verifyStatus() throws {
    let file = try Self.certificateFile(for: .valid)
    let expired = try CommandLineRun.agtoken(
      ["verify", "--cert-file", file.path, "-f", "json"] + Condition.expired.nowArguments + [
        Self.token
      ])
    #expect(expired.status == 1)
    let document = try #require(expired.jsonObject())
    #expect(document["status"] as? String == "expired")
    #expect((document["signature"] as? [String: Any])?["status"] as? String == "valid")
    let wrong = try TemporaryFile.write(
      String(repeating: "0", count: 32) + "\n" + String(repeating: "1", count: 32) + "\n")
    let invalid = try CommandLineRun.agtoken(
      ["verify", "--cert-file", wrong.path, "-f", "json"] + Condition.valid.nowArguments + [
        Self.token
      ])
    #expect(invalid.status == 1)
    let hints = (invalid.jsonObject()?["signature"] as? [String: Any])?["hints"] as? [String]
    #expect(hints?.first?.hasPrefix("none of the 2 certificates given reproduces it") == true)
  }

  @Test("verify --expires-within follows openssl -checkend: inside the window 1, beyond it 0")
  func checkend() throws {
    let file = try Self.certificateFile(for: .valid)
    let now = ["--now", String(Self.issueTs + 600)]
    let remaining = Self.expire - 600
    let inside = try CommandLineRun.agtoken(
      ["verify", "--cert-file", file.path, "--expires-within", String(remaining)] + now + [
        Self.token
      ])
    #expect(inside.status == 1)
    let outside = try CommandLineRun.agtoken(
      ["verify", "--cert-file", file.path, "--expires-within", String(remaining - 1)] + now + [
        Self.token
      ])
    #expect(outside.status == 0)
  }

  @Test("json-array is an array for one token and for none; json stays an object for one")
  func jsonArray() throws {
    let one = try CommandLineRun.agtoken(["inspect", "-f", "json-array", Self.token])
    #expect(one.jsonArray()?.count == 1)
    let none = try CommandLineRun.agtoken(["inspect", "-f", "json-array", "--input", "/dev/null"])
    #expect(none.jsonArray()?.isEmpty == true)
    let object = try CommandLineRun.agtoken(["inspect", "-f", "json", Self.token])
    #expect(object.jsonObject() != nil)
  }

  @Test("the summary counts what was judged; --quiet silences it")
  func summary() throws {
    let file = try Self.certificateFile(for: .wrongCertificate)
    let arguments =
      ["verify", "--cert-file", file.path, "-f", "github"] + Condition.expired.nowArguments + [
        Self.token, Self.token,
      ]
    let loud = try CommandLineRun.agtoken(arguments)
    #expect(loud.status == 1)
    #expect(loud.stderr.contains("agtoken: 2 inputs: signature 2 invalid; 2 expired"))
    #expect(!loud.stderr.contains("valid,"))
    #expect(loud.stdout.contains("::error"))
    let quiet = try CommandLineRun.agtoken(arguments + ["-q"])
    #expect(quiet.status == 1)
    #expect(!quiet.stderr.contains("agtoken: 2 inputs"))
  }

  @Test(
    "--now errors name the accepted forms and the near miss",
    arguments: [
      ("1700000000000", "did you mean 1700000000?"),
      ("2024-06-10T09:00:00", "did you mean 2024-06-10T09:00:00Z?"),
      ("yesterday", "ISO 8601 with a time zone"),
    ])
  func nowErrors(_ text: String, _ hint: String) throws {
    let run = try CommandLineRun.agtoken(["inspect", "--now", text, Self.token])
    #expect(run.status == 2)
    #expect(run.stderr.contains(hint))
    #expect(run.stderr.contains("Unix seconds"))
  }

  @Test("text names the Agora error code beside a finding; the clock is the time judged")
  func agoraErrorCode() throws {
    let run = try CommandLineRun.agtoken(["lint", Self.token])
    #expect(run.status == 1)
    #expect(run.stdout.contains("agora: Agora error 109 token expired"))
    #expect(run.stdout.contains("now (the clock"))
    let inspect = try CommandLineRun.agtoken(["inspect", Self.token])
    #expect(inspect.stdout.contains("token_expired (Agora error 109 token expired)"))
  }

  @Test("serve --version prints the version")
  func serveVersion() throws {
    let serve = try CommandLineRun.agtoken(["serve", "--version"])
    let cli = try CommandLineRun.agtoken(["--version"])
    #expect(serve.status == 0)
    #expect(serve.stdout == cli.stdout)
  }

  @Test("help serve shows the server's options")
  func helpServe() throws {
    let run = try CommandLineRun.agtoken(["help", "serve"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("--port"))
    #expect(run.stdout.contains("EXAMPLES"))
  }
}
