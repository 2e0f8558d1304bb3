import AgoraTokenTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// End-to-end tests of `agtoken inspect` and `agtoken verify`, run on the built binary.
@Suite("inspect and verify, end to end")
struct InspectVerifyCLITests {
  static let vectors = Fixtures.cases("tokens-007.json").map(FixtureCase.init)
  static let signed = vectors.filter { $0.string("app_certificate") != nil }
  static let rtc = vectors.first { $0.id == "p007-rtc-publisher-uid" } ?? vectors[0]

  var token: String { Self.rtc.string("token") ?? "" }
  var certificate: String { Self.rtc.string("app_certificate") ?? "" }
  var issueTs: Int { Self.rtc.object("expected")["issue_ts"] as? Int ?? 0 }

  @Test(
    "a FIFO is read once, whole, given with --input or as an argument",
    arguments: [["--input"], []])
  func fifoInput(_ flag: [String]) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "agtoken-fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let fifo = directory.appendingPathComponent("tokens").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // The writer opens the FIFO once and writes three lines; a reader that opened the FIFO to
    // test it, then closed it, would lose them.
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = [
      "-c", "printf '%s\\n%s\\n%s\\n' \"$1\" \"$1\" \"$1\" > \"$2\"", "sh", token, fifo,
    ]
    try writer.run()
    let run = try CommandLineRun.agtoken(
      ["inspect", "--format", "ndjson", "--now", String(issueTs + 600)] + flag + [fifo])
    writer.waitUntilExit()
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { $0.contains(#""file":"\#(fifo)""#) })
  }

  @Test("text shows the fields, named privileges and a signature line")
  func textReport() throws {
    let run = try CommandLineRun.agtoken(["inspect", token, "--now", String(issueTs + 600)])
    #expect(run.status == 0)
    #expect(run.stdout.contains("version    007"))
    #expect(
      run.stdout.contains("app_id     \(Self.rtc.object("expected")["app_id"] as? String ?? "-")"))
    #expect(run.stdout.contains("1 joinChannel"))
    #expect(run.stdout.contains("2 publishAudioStream"))
    #expect(run.stdout.contains("expires in 50m"))
    #expect(run.stdout.contains("signature  not checked (no certificate given)"))
  }

  @Test("json names token members as the vectors do", arguments: vectors.prefix(25))
  func jsonReport(_ vector: FixtureCase) throws {
    let run = try CommandLineRun.agtoken([
      "inspect", "--format", "json", vector.string("token") ?? "",
    ])
    #expect(run.status == 0)
    let document = try #require(run.jsonObject())
    let token = try #require(document["token"] as? [String: Any])
    let expected = vector.object("expected")
    for key in ["version", "app_id", "signature_hex"] {
      #expect(token[key] as? String == expected[key] as? String)
    }
    for key in ["issue_ts", "expire", "salt", "service_count"] {
      #expect(token[key] as? Int == expected[key] as? Int)
    }
    let services = try #require(token["services"] as? [[String: Any]])
    let want = expected["services"] as? [[String: Any]] ?? []
    #expect(services.map { $0["name"] as? String } == want.map { $0["name"] as? String })
    #expect(document["schema_version"] as? Int == 1)
    #expect((document["repairs"] as? [Any])?.isEmpty == true)
  }

  @Test("verify exits 0 with the right certificate and names the matching line")
  func verifyValid() throws {
    let file = try TemporaryFile.write(
      "# primary\n00000000000000000000000000000000\n\(certificate)\n")
    let run = try CommandLineRun.agtoken([
      "verify", "--cert-file", file.path, "--format", "json", "--now", String(issueTs + 600), token,
    ])
    #expect(run.status == 0)
    let signature = try #require(run.jsonObject()?["signature"] as? [String: Any])
    #expect(signature["status"] as? String == "valid")
    #expect(signature["matched_certificate"] as? String == "file \(file.path) line 3")
    #expect(!run.stdout.contains(certificate) && !run.stderr.contains(certificate))
  }

  @Test("verify exits 1 with the wrong certificate and explains a case change")
  func verifyInvalid() throws {
    let swapped = try #require(
      Self.signed.first { $0.string("wrong_certificate_case_swapped") != nil })
    let run = try CommandLineRun.agtoken(
      ["verify", "--cert-env", "CERT", swapped.string("token") ?? ""],
      environment: ["CERT": swapped.string("wrong_certificate_case_swapped") ?? ""])
    #expect(run.status == 1)
    #expect(run.stdout.contains("INVALID"))
    #expect(run.stdout.contains("another letter case"))
  }

  @Test("verify uses AGORA_APP_CERTIFICATE and says so")
  func verifyEnvironmentDefault() throws {
    let run = try CommandLineRun.agtoken(
      ["verify", "--now", String(issueTs + 600), token],
      environment: ["AGORA_APP_CERTIFICATE": certificate])
    #expect(run.status == 0)
    #expect(run.stderr.contains("AGORA_APP_CERTIFICATE"))
    #expect(!run.stdout.contains(certificate) && !run.stderr.contains(certificate))
  }

  @Test("verify without a certificate is a usage error (2)")
  func verifyNeedsCertificate() throws {
    let run = try CommandLineRun.agtoken(["verify", token])
    #expect(run.status == 2)
    #expect(run.stderr.contains("--cert-file"))
  }

  @Test("stdin: one token per line, blank lines skipped but counted")
  func standardInput() throws {
    let second = Self.vectors[0].string("token") ?? ""
    let run = try CommandLineRun.agtoken(
      ["inspect", "--format", "json"], input: "\(token)\n\n\(second)\n")
    #expect(run.status == 0)
    let documents = try #require(run.jsonArray())
    #expect(documents.count == 2)
    #expect((documents[1]["input"] as? [String: Any])?["line"] as? Int == 3)
    #expect((documents[0]["input"] as? [String: Any])?["file"] as? String == "-")
  }

  @Test("a file argument is read as a file of tokens")
  func fileArgument() throws {
    let file = try TemporaryFile.write("\(token)\n")
    let run = try CommandLineRun.agtoken(["inspect", "--format", "ndjson", file.path])
    #expect(run.status == 0)
    #expect(run.stdout.split(separator: "\n").count == 1)
    #expect(run.stdout.contains("\"file\":\"\(file.path)\""))
  }

  @Test("an undecodable token exits 3 with an error kind")
  func undecodable() throws {
    let run = try CommandLineRun.agtoken(["inspect", "--format", "json", "008AAAA"])
    #expect(run.status == 3)
    let error = try #require(run.jsonObject()?["error"] as? [String: Any])
    #expect(error["kind"] as? String == "unknown_version")
  }

  @Test("an unknown flag is a usage error (2), not ArgumentParser's 64")
  func usageError() throws {
    let run = try CommandLineRun.agtoken(["inspect", "--no-such-flag", token])
    #expect(run.status == 2)
  }

  @Test("--version prints the version")
  func version() throws {
    let run = try CommandLineRun.agtoken(["--version"])
    #expect(run.status == 0)
    #expect(
      run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
  }

  @Test("no output of any format contains the certificate", arguments: ["text", "json", "ndjson"])
  func certificateNeverPrinted(_ format: String) throws {
    let file = try TemporaryFile.write(certificate + "\n")
    for command in ["inspect", "verify"] {
      for input in [token, "007eJzzzz", "garbage"] {
        let run = try CommandLineRun.agtoken(
          [command, "--cert-file", file.path, "--format", format, input],
          environment: ["AGORA_APP_CERTIFICATE": certificate])
        #expect(!run.stdout.contains(certificate), "\(command) \(format) stdout")
        #expect(!run.stderr.contains(certificate), "\(command) \(format) stderr")
      }
    }
  }
}
