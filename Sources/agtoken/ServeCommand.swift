import AgoraTokenServeArguments
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `agtoken serve`: runs the token server, which lives in the sibling executable `agtoken-serve`
/// so that the CLI's other commands do not carry an HTTP server. Every argument is passed through
/// unparsed (`Main` hands over before parsing); the options are declared here too, from the
/// shared ``ServeArguments``, so that completions and the man page list them.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: ServeArguments.abstract,
    discussion: ServeArguments.discussion
      + "\n\nRuns the agtoken-serve executable found next to agtoken (swift build --product agtoken-serve)."
  )

  @OptionGroup var server: ServeArguments

  /// The name of the server executable, next to `agtoken`.
  static let serverExecutable = "agtoken-serve"

  func run() throws {
    // Reached only when `serve` is not the first argument; hand the raw arguments over.
    let raw = Array(CommandLine.arguments.dropFirst().drop { $0 != Self.configuration.commandName })
    throw ExitCode(Self.execServer(Array(raw.dropFirst())))
  }

  /// Replaces this process with `agtoken-serve arguments...`. Returns only when that fails, with
  /// the exit status to use (2) after saying why and how to build the server.
  ///
  /// `Main` calls this before parsing when the first argument is `serve`, so that
  /// `agtoken serve --help` shows the server's own options.
  static func execServer(_ arguments: [String]) -> Int32 {
    guard let path = siblingPath(), access(path, X_OK) == 0 else {
      Output.standardError(
        "error: agtoken serve needs the \(serverExecutable) executable next to agtoken; build it with: swift build --product \(serverExecutable)"
      )
      return ExitStatus.usage.rawValue
    }
    Output.flush()
    let argv = [path] + arguments
    var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
    cArguments.append(nil)
    execv(path, cArguments)
    // execv returns only on failure.
    let reason = String(cString: strerror(errno))
    Output.standardError("error: cannot run \(path): \(reason)")
    return ExitStatus.usage.rawValue
  }

  /// The path of `agtoken-serve` in the folder of the running executable (`/proc/self/exe` on
  /// Linux, so a symlinked or PATH-found `agtoken` still finds its sibling).
  static func siblingPath() -> String? {
    var executable: String?
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: 4096)
      let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      if count > 0 {
        executable = String(
          decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      }
    #endif
    if executable == nil, let first = CommandLine.arguments.first, first.contains("/") {
      executable = first
    }
    guard let executable, let slash = executable.lastIndex(of: "/") else { return nil }
    return String(executable[..<slash]) + "/" + serverExecutable
  }
}
