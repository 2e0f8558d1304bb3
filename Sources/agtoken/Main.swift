import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the CLI and maps ArgumentParser's usage exit code (64) to the documented 2.
@main
enum Main {
  static func main() {
    // The server has its own executable and its own options (and --help): hand over unparsed.
    if CommandLine.arguments.dropFirst().first == ServeCommand.configuration.commandName {
      exit(ServeCommand.execServer(Array(CommandLine.arguments.dropFirst(2))))
    }
    do {
      var command = try AgToken.parseAsRoot()
      try command.run()
    } catch {
      let code = AgToken.exitCode(for: error)
      if code == .validationFailure {
        let message = AgToken.fullMessage(for: error)
        Output.standardError(message)
        exit(ExitStatus.usage.rawValue)
      }
      AgToken.exit(withError: error)
    }
  }
}

/// The documented exit codes.
enum ExitStatus: Int32 {
  /// Everything checked out.
  case ok = 0
  /// A signature did not verify, or lint found problems at or above `--fail-on`.
  case failed = 1
  /// Usage, configuration or IO error.
  case usage = 2
  /// A token could not be decoded.
  case undecodable = 3
}
