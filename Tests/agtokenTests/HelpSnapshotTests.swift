import AgoraTokenTestSupport
import Foundation
import Testing

/// Every command's `--help`, compared byte for byte with `Tests/Fixtures/help/<command>.txt`.
///
/// Regenerate the snapshots with `AGTOKEN_UPDATE_HELP=1 swift test --filter HelpSnapshotTests`
/// after a deliberate help change, and review the diff; never edit them by hand.
@Suite("help texts")
struct HelpSnapshotTests {
  static let folder = Fixtures.directory.appendingPathComponent("help")

  static let commands: [[String]] = [
    [], ["inspect"], ["verify"], ["lint"], ["rules"], ["diff"], ["serve"], ["build"],
    ["build", "rtc"], ["build", "rtm"], ["build", "rtm2"], ["build", "chat-user"],
    ["build", "chat-app"], ["build", "fpa"], ["build", "apaas"], ["build", "streaming"],
    ["build", "fcdn"], ["scan"],
  ]

  static func name(_ command: [String]) -> String {
    (["agtoken"] + command).joined(separator: "-") + ".txt"
  }

  @Test("matches the snapshot", arguments: commands)
  func snapshot(_ command: [String]) throws {
    let run = try CommandLineRun.agtoken(command + ["--help"], environment: ["COLUMNS": "100"])
    #expect(run.status == 0)
    let url = Self.folder.appendingPathComponent(Self.name(command))
    if ProcessInfo.processInfo.environment["AGTOKEN_UPDATE_HELP"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(run.stdout.utf8).write(to: url)
    }
    let stored = try String(contentsOf: url, encoding: .utf8)
    #expect(run.stdout == stored)
  }

  @Test("every command's help has an EXAMPLES section", arguments: commands)
  func examples(_ command: [String]) throws {
    let run = try CommandLineRun.agtoken(command + ["--help"])
    #expect(run.stdout.contains("EXAMPLES:"))
  }

  @Test("diff --help is not hard-wrapped: its discussion is one paragraph")
  func diffNotHardWrapped() throws {
    let run = try CommandLineRun.agtoken(["diff", "--help"])
    #expect(run.stdout.contains("Salt, signature and absolute times"))
  }
}

/// The shell completions `agtoken --generate-completion-script` writes know the server's options,
/// which `agtoken serve` hands to `agtoken-serve` unparsed.
@Suite("completions")
struct CompletionTests {
  @Test("list agtoken serve's options", arguments: ["bash", "zsh", "fish"])
  func serveOptions(_ shell: String) throws {
    let run = try CommandLineRun.agtoken(["--generate-completion-script", shell])
    #expect(run.status == 0)
    for option in ["auth-token-file", "max-body-bytes", "no-access-log", "cert-stdin"] {
      #expect(run.stdout.contains(option), "\(shell) lacks \(option)")
    }
  }
}
