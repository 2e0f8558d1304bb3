import AgoraToken
import AgoraTokenReport
import ArgumentParser

/// `agtoken inspect`: decode tokens and show what is inside.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect", abstract: "Not implemented yet.")
  func run() throws {}
}
