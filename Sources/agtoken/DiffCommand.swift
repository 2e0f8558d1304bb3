import ArgumentParser

/// `agtoken diff`: not implemented yet.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("agtoken diff is not implemented yet")
  }
}
