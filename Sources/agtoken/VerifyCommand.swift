import AgoraToken
import AgoraTokenReport
import ArgumentParser

/// `agtoken verify`: check signatures.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify", abstract: "Not implemented yet.")
  func run() throws {}
}
