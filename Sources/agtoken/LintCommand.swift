import ArgumentParser

/// `agtoken lint`: not implemented yet.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "Not implemented yet.")

  func run() throws {
    throw ValidationError("agtoken lint is not implemented yet")
  }
}
