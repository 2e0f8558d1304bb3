import AgoraTokenTestSupport
import Foundation
import Testing

@testable import AgoraToken

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

  @Test("a certificate given as --app-id is never printed, in any command or format")
  func certificateAsAppID() throws {
    let file = try TemporaryFile.write("\(Self.certificate)\n")
    for (command, formats) in Self.formats {
      for format in formats {
        let run = try CommandLineRun.agtoken(
          [
            command, "-f", format, "--cert-file", file.path, "--app-id", Self.certificate,
            Self.token,
          ])
        assertClean(run, "\(command) -f \(format) --app-id <certificate>")
        if command == "lint" && format == "text" {
          #expect(run.stdout.contains("the client's App ID is one of the certificates given"))
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
      ["verify", "--format", "json", "--ignore-expiry", Self.token],
      environment: ["AGORA_APP_CERTIFICATE": Self.certificate, "GITHUB_ACTIONS": "true"])
    #expect(run.status == 0)
    #expect(!run.stdout.contains(Self.certificate))
    #expect(run.stderr.contains("::add-mask::"))
    #expect(run.jsonObject() != nil)
  }

  @Test("a certificate file readable by others gets a warning")
  func sharedFileWarning() throws {
    let file = try TemporaryFile.write(Self.certificate + "\n", permissions: 0o644)
    let run = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--ignore-expiry", Self.token,
    ])
    #expect(run.status == 0)
    #expect(run.stderr.contains("chmod 600"))
  }
}

/// Defects found by hostile-input testing, kept as end-to-end regressions.
@Suite("hostile command lines")
struct HostileCommandLineTests {
  static var certificate: String { SecretHygieneTests.certificate }

  @Test("--show-token never shows an input that is the certificate")
  func certificateAsInput() throws {
    for format in ["text", "json", "ndjson"] {
      let run = try CommandLineRun.agtoken(
        ["inspect", "--show-token", "--format", format, Self.certificate.uppercased()],
        environment: ["AGORA_APP_CERTIFICATE": Self.certificate])
      #expect(!run.stdout.lowercased().contains(Self.certificate.lowercased()), "\(format)")
    }
  }

  /// A 007 RTC token with the given channel name and uid, signed with nothing in particular.
  static func rtcToken(channel: String, uid: String) throws -> String {
    var writer = ByteWriter()
    try writer.writePacked([UInt8](repeating: 1, count: 32), field: "signature")
    try writer.writePacked("0123456789abcdef0123456789abcdef", field: "app_id")
    writer.write(UInt32(1_700_000_000))
    writer.write(UInt32(3600))
    writer.write(UInt32(1))
    writer.write(UInt16(1))
    writer.write(UInt16(1))
    writer.write(UInt16(1))
    writer.write(UInt16(1))
    writer.write(UInt32(3600))
    try writer.writePacked(channel, field: "channel_name")
    try writer.writePacked(uid, field: "uid")
    return "007" + Base64Text.encode(try Zlib.deflate(writer.bytes))
  }

  @Test("control characters in token fields are escaped in text reports")
  func terminalEscapes() throws {
    let token = try Self.rtcToken(channel: "evil\u{1B}]0;pwned\u{07}\r\nforged", uid: "")
    for command in ["inspect", "lint"] {
      let run = try CommandLineRun.agtoken([command, "--now", "1700000000", token])
      #expect(!run.stdout.contains("\u{1B}]0;"), "\(command)")
      #expect(!run.stdout.contains("\r"), "\(command)")
      if command == "inspect" { #expect(run.stdout.contains("\\u{1B}")) }
    }
  }

  @Test(
    "a colour code or bell inside a token value is escaped in finding and diagnosis lines",
    arguments: [["inspect"], ["lint"], ["lint", "--format", "github"]])
  func colourCodeInValue(_ command: [String]) throws {
    let token = try Self.rtcToken(channel: "demo", uid: "42\r\u{1B}[31mX\u{1B}]0;pwned\u{07}")
    let run = try CommandLineRun.agtoken(
      command + ["--now", "1700000000", "--channel", "demo", "--uid", "42", token])
    #expect(run.stdout.contains("uid_mismatch"), "\(command)")
    #expect(!run.stdout.contains("\u{1B}[31mX"), "\(command)")
    #expect(!run.stdout.contains("\u{07}"), "\(command)")
    #expect(!run.stdout.contains("\r"), "\(command)")
  }

  @Test(
    "usage and IO errors exit 2 with a message",
    arguments: [
      ["inspect", "--now", "99999999999999999"],
      ["inspect", "--input", "/"],
      ["verify", "--cert-file", "/", "007eJw"],
      ["verify", "--cert-stdin", "-"],
      ["diff", "007eJw", "missing-token.txt"],
      ["diff", "007eJw", "/"],
    ])
  func usageErrors(_ arguments: [String]) throws {
    let run = try CommandLineRun.agtoken(arguments, input: Self.certificate + "\n")
    #expect(run.status == 2)
    #expect(run.stderr.contains("Error"))
  }

  @Test("a certificate file with a byte-order mark verifies")
  func byteOrderMark() throws {
    let vector = try #require(SecretHygieneTests.vector)
    let file = try TemporaryFile.write("\u{FEFF}\(Self.certificate)\r\n")
    let run = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--ignore-expiry", vector.string("token") ?? "",
    ])
    #expect(run.status == 0)
  }

  @Test("json with no input prints an empty array")
  func emptyJSON() throws {
    let run = try CommandLineRun.agtoken(["inspect", "--format", "json", "--input", "/dev/null"])
    #expect(run.status == 0)
    #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
  }
}
