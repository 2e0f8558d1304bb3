import AgoraToken
import AgoraTokenServeArguments
import AgoraTokenServer
import ArgumentParser

/// `agtoken serve`'s command line: ``ServeArguments``, shared with the `agtoken` CLI.
struct ServeCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agtoken serve",
    abstract: ServeArguments.abstract,
    discussion: ServeArguments.discussion,
    version: ServerVersion.current
  )

  @OptionGroup var arguments: ServeArguments

  /// The options for the library's resolver.
  var options: ServerOptions {
    ServerOptions(
      host: arguments.host, port: arguments.port, appID: arguments.appID,
      certFiles: arguments.certFiles, certEnv: arguments.certEnv, certStdin: arguments.certStdin,
      expire: arguments.expire, configFile: arguments.configFile,
      authTokenFile: arguments.authTokenFile, maxBodyBytes: arguments.maxBodyBytes,
      now: arguments.now?.seconds)
  }

  /// Whether to write the access log to stderr.
  var noAccessLog: Bool { arguments.noAccessLog }
}
