import AgoraTokenServer
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `agtoken-serve`, which `agtoken serve` runs: resolves the configuration, prints where secrets
/// came from (never a secret), serves until SIGTERM or SIGINT, and exits 0.
@main
enum Main {
  static func main() async {
    let command: ServeCommandLine
    do {
      command = try ServeCommandLine.parse()
    } catch {
      if ServeCommandLine.exitCode(for: error) == .validationFailure {
        standardError(ServeCommandLine.fullMessage(for: error))
        exit(2)
      }
      ServeCommandLine.exit(withError: error)
    }
    let resolved: ResolvedConfiguration
    do {
      resolved = try ServerConfiguration.resolve(command.options)
    } catch {
      standardError("error: \(error.message)")
      exit(2)
    }
    for notice in resolved.notices { standardError(notice) }
    let configuration = resolved.configuration
    let bearer = configuration.bearer == nil ? "open" : "bearer required"
    let origin = configuration.signingCertificate?.origin ?? "-"
    let application = TokenServer.application(
      configuration, accessLog: command.noAccessLog ? .disabled : .standardError
    ) { port in
      standardError(
        "agtoken serve: listening on http://\(configuration.host):\(port) (app_id \(configuration.appID), signing with the certificate from \(origin), token endpoints \(bearer))"
      )
    }
    do {
      try await application.runService()
    } catch {
      standardError(
        "error: cannot serve on \(configuration.host):\(configuration.port): \(Self.describe(error))"
      )
      exit(2)
    }
    standardError("agtoken serve: stopped")
  }

  /// The reason in words: SwiftNIO's bind error reads `bind(descriptor:ptr:bytes:): Address
  /// already in use) (errno: 98)`, which names the system call instead of what to do.
  static func describe(_ error: any Error) -> String {
    let text = String(describing: error)
    if text.contains("Address already in use") {
      return
        "the port is already in use (another process listens there): stop it, or choose another --port (0 picks a free one)"
    }
    if text.contains("Permission denied") {
      return "permission denied (ports below 1024 need privileges): choose a port of 1024 or more"
    }
    return text
  }

  private static func standardError(_ text: String) {
    let bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      _ = write(STDERR_FILENO, base, raw.count)
    }
  }
}
