import AgoraTokenTestSupport
import Foundation
import Testing

/// What the binary says when the user got something wrong or gave nothing: the help hint names
/// the whole command, and an empty input is said, not passed over.
@Suite("usage messages and empty input")
struct UsageMessageCLITests {
  @Test("a build error's hint names the whole command")
  func buildHint() throws {
    let run = try CommandLineRun.agtoken(
      ["build", "rtc", "--channel", "demo", "--uid", "42"],
      environment: ["AGORA_APP_ID": "0123456789abcdef0123456789abcdef"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("no certificate given"))
    #expect(run.stderr.contains("See 'agtoken build rtc --help'"))
    let chat = try CommandLineRun.agtoken(
      ["build", "chat-app"], environment: ["AGORA_APP_ID": "0123456789abcdef0123456789abcdef"])
    #expect(chat.stderr.contains("See 'agtoken build chat-app --help'"))
  }

  @Test("verify of an empty input exits 1 and says why; inspect exits 0 and says so too")
  func emptyInput() throws {
    let file = try TemporaryFile.write("0123456789abcdef0123456789abcdef\n", name: "certs.txt")
    let verify = try CommandLineRun.agtoken(["verify", "--cert-file", file.path], input: "")
    #expect(verify.status == 1)
    #expect(verify.stderr.contains("no tokens in the input"))
    let inspect = try CommandLineRun.agtoken(["inspect"], input: "\n")
    #expect(inspect.status == 0)
    #expect(inspect.stderr.contains("no tokens in the input"))
    let quiet = try CommandLineRun.agtoken(["inspect", "-q"], input: "")
    #expect(quiet.stderr.isEmpty)
    let lint = try CommandLineRun.agtoken(["lint", "-f", "json"], input: "")
    #expect(lint.status == 0)
    #expect(lint.stderr.contains("no tokens in the input"))
  }

  @Test("a line over 16 MiB is cut there with a note; the next line is read as usual")
  func hugeLine() throws {
    let token = try #require(
      Fixtures.cases("tokens-007.json").map(FixtureCase.init).first?.string("token"))
    let input = String(repeating: "A", count: (16 << 20) + 100) + "\n" + token + "\n"
    let run = try CommandLineRun.agtoken(["inspect", "-f", "ndjson"], input: input)
    #expect(run.stderr.contains("line 1 of standard input is longer than 16 MiB"))
    let records = run.stdout.split(separator: "\n")
    #expect(records.count == 2)
    #expect(records.first?.contains("\"kind\":\"too_large\"") == true)
    #expect(records.last?.contains("\"version\":\"007\"") == true)
  }

  @Test("-q silences the note about AGORA_APP_CERTIFICATE, which is said without it")
  func quietCertificateNote() throws {
    let environment = ["AGORA_APP_CERTIFICATE": "0123456789abcdef0123456789abcdef"]
    let loud = try CommandLineRun.agtoken(["verify"], input: "007eJx\n", environment: environment)
    #expect(loud.stderr.contains("using the certificate from AGORA_APP_CERTIFICATE"))
    let quiet = try CommandLineRun.agtoken(
      ["verify", "-q"], input: "007eJx\n", environment: environment)
    #expect(!quiet.stderr.contains("using the certificate"))
  }

  @Test(
    "a leeway or window too large to judge with is a usage error (exit 2), not a crash",
    arguments: [
      ["lint", "--leeway", "18446744073709551615"],
      ["lint", "--expires-within", "18446744073709551615"],
      ["lint", "--expires-within", "18446744073709551615s"],
      ["verify", "--expires-within", "253402300800"],
      ["lint", "--expires-within", "99999999999999w"],
    ])
  func hugeDurations(_ arguments: [String]) throws {
    let file = try TemporaryFile.write("0123456789abcdef0123456789abcdef\n", name: "certs.txt")
    let run = try CommandLineRun.agtoken(
      arguments + ["--cert-file", file.path, "--now", "1800000000"],
      input: "007eJxTYPh9WvxH\n")
    #expect(run.status == 2, "\(run.stderr)")
    #expect(run.stderr.contains("too large"))
  }

  // Reading /proc/self/mem from offset 0 fails with EIO: Linux only, and the trait says so.
  @Test(
    "a read error is an IO error (exit 2), not the end of the input",
    .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
  func readError() throws {
    let run = try CommandLineRun.agtoken(["inspect", "-f", "json", "--input", "/proc/self/mem"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("cannot read /proc/self/mem"))
  }
}
