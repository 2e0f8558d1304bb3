import ArgumentParser

/// `agtoken rules`: not implemented yet.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("agtoken rules is not implemented yet")
  }
}
