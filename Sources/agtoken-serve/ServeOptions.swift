import AgoraToken
import AgoraTokenServer
import ArgumentParser

/// `agtoken serve`'s command line. Certificates are never flag values: they come from the sources
/// `agtoken verify` reads, or from the properties file's `appcert`.
struct ServeCommandLine: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agtoken serve",
    abstract: "Serve Agora tokens over HTTP (Agora's Chat token server demo, done properly).",
    discussion: """
      Endpoints: GET /chat/app/token, GET /chat/user/token/{user_id}, \
      GET /rtc/token?channel=&uid=|account=&role=publisher|subscriber&expire=, \
      GET /rtm/token?user_id=&expire=, POST /inspect, POST /lint, GET /healthz. \
      ?format=json on a token endpoint returns {token, expires_in, expire_timestamp}. \
      Precedence: flags, then AGORA_APP_ID / AGORA_APP_CERTIFICATE, then --config, then defaults. \
      Binds 127.0.0.1 unless --host says otherwise. Stops cleanly on SIGTERM and SIGINT. \
      Exit codes: 0 stopped cleanly, 2 usage or configuration error, or the port could not be bound.

      EXAMPLES:
        agtoken serve --app-id 0123456789abcdef0123456789abcdef --cert-file certs.txt
        agtoken serve --config application.properties --port 0
        curl -s 'http://127.0.0.1:8090/rtc/token?channel=demo&uid=42&role=publisher'
      """,
    version: ServerVersion.current
  )

  @Option(help: "The address to bind (default 127.0.0.1; the properties' server.address).")
  var host: String?

  @Option(help: "The TCP port (default 8090; the properties' server.port; 0 picks a free port).")
  var port: Int?

  @Option(
    name: .customLong("app-id"),
    help: "The App ID (default: AGORA_APP_ID, then the properties' appid).")
  var appID: String?

  @Option(
    name: .customLong("cert-file"),
    help: ArgumentHelp(
      "Read certificates from a file, one per line ('#' starts a comment); the first signs. Repeatable.",
      valueName: "path"))
  var certFiles: [String] = []

  @Option(
    name: .customLong("cert-env"),
    help: ArgumentHelp("Read the certificate from this environment variable.", valueName: "name"))
  var certEnv: [String] = []

  @Flag(name: .customLong("cert-stdin"), help: "Read certificates from stdin, one per line.")
  var certStdin = false

  @Option(
    help: ArgumentHelp(
      "The default token lifetime in seconds, 1...86400 (default 3600; the properties' expire.second).",
      valueName: "seconds"))
  var expire: UInt32?

  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "A Spring Boot application.properties (server.port, appid, appcert, expire.second).",
      valueName: "path"))
  var configFile: String?

  @Option(
    name: .customLong("auth-token-file"),
    help: ArgumentHelp(
      "Require 'Authorization: Bearer <secret>' on token endpoints; the file holds the secret.",
      valueName: "path"))
  var authTokenFile: String?

  @Option(
    name: .customLong("max-body-bytes"),
    help: ArgumentHelp("The largest request body accepted (default 65536).", valueName: "bytes"))
  var maxBodyBytes: Int?

  @Option(
    help: ArgumentHelp(
      "Use this time (Unix seconds or ISO 8601) instead of the clock, for tests.", valueName: "time"
    ))
  var now: FixedTime?

  @Flag(name: .customLong("no-access-log"), help: "Do not write the access log to stderr.")
  var noAccessLog = false

  /// The options for the library's resolver.
  var options: ServerOptions {
    ServerOptions(
      host: host, port: port, appID: appID, certFiles: certFiles, certEnv: certEnv,
      certStdin: certStdin, expire: expire, configFile: configFile, authTokenFile: authTokenFile,
      maxBodyBytes: maxBodyBytes, now: now?.seconds)
  }
}

/// `--now`: Unix seconds or ISO 8601, parsed as the CLI's `--now` (``UnixTime``).
struct FixedTime: ExpressibleByArgument {
  /// Unix seconds.
  let seconds: UInt64

  init?(argument: String) {
    guard let seconds = UnixTime.parse(argument) else { return nil }
    self.seconds = seconds
  }
}
