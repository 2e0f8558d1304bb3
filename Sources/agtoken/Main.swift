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
    // `agtoken help serve` shows the server's real options, as `agtoken serve --help` does.
    if Array(CommandLine.arguments.dropFirst()) == ["help", "serve"] {
      exit(ServeCommand.execServer(["--help"]))
    }
    let command: any ParsableCommand
    do {
      command = try AgToken.parseAsRoot()
    } catch {
      fail(error, as: AgToken.self)
    }
    var running = command
    do {
      try running.run()
    } catch {
      fail(error, as: type(of: command))
    }
  }

  /// Exits for `error` with the usage text of the command that failed; usage errors exit 2.
  static func fail(_ error: any Error, as command: any ParsableCommand.Type) -> Never {
    if command.exitCode(for: error) == .validationFailure {
      if command == AgToken.self {
        Output.standardError(command.fullMessage(for: error))
      } else {
        let path =
          commandPath(to: command, from: AgToken.self)
          ?? "agtoken \(command.configuration.commandName ?? "help")"
        Output.standardError(
          "Error: \(command.message(for: error))\nSee '\(path) --help' for more information.")
      }
      exit(ExitStatus.usage.rawValue)
    }
    command.exit(withError: error)
  }
}

/// The full command line that names `target` (`agtoken build rtc`), found by walking the tree.
func commandPath(to target: any ParsableCommand.Type, from root: any ParsableCommand.Type)
  -> String?
{
  let name = root.configuration.commandName ?? "agtoken"
  if root == target { return name }
  for child in root.configuration.subcommands {
    if let rest = commandPath(to: target, from: child) { return name + " " + rest }
  }
  return nil
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
