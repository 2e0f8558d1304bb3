import ArgumentParser

/// `agtoken build`: not implemented yet.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("agtoken build is not implemented yet")
  }
}
