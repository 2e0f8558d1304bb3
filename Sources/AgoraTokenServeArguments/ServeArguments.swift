import AgoraToken
import ArgumentParser

/// The options of `agtoken serve` (the `agtoken-serve` executable), shared with the `agtoken`
/// CLI so that its help, man page and shell completions list them; the server parses them.
///
/// Certificates are never flag values: they come from the sources `agtoken verify` reads, or from
/// the properties file's `appcert`.
public struct ServeArguments: ParsableArguments {
  /// The command's one-line summary.
  public static let abstract =
    "Serve Agora tokens over HTTP (Agora's Chat token server demo, done properly)."

  /// The command's discussion: endpoints, precedence, exit codes and examples.
  public static let discussion = """
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
    """

  /// Creates the options with their defaults (ArgumentParser fills them).
  public init() {}

  /// The address to bind (`--host`).
  @Option(help: "The address to bind (default 127.0.0.1; the properties' server.address).")
  public var host: String?

  /// The TCP port (`--port`; 0 picks a free port).
  @Option(help: "The TCP port (default 8090; the properties' server.port; 0 picks a free port).")
  public var port: Int?

  /// The App ID (`--app-id`).
  @Option(
    name: .customLong("app-id"),
    help: "The App ID (default: AGORA_APP_ID, then the properties' appid).")
  public var appID: String?

  /// Certificate files, one certificate per line (`--cert-file`); the first signs.
  @Option(
    name: .customLong("cert-file"),
    help: ArgumentHelp(
      "Read certificates from a file, one per line ('#' starts a comment); the first signs. Repeatable.",
      valueName: "path"))
  public var certFiles: [String] = []

  /// Environment variables that hold a certificate (`--cert-env`).
  @Option(
    name: .customLong("cert-env"),
    help: ArgumentHelp("Read the certificate from this environment variable.", valueName: "name"))
  public var certEnv: [String] = []

  /// Read certificates from stdin (`--cert-stdin`).
  @Flag(name: .customLong("cert-stdin"), help: "Read certificates from stdin, one per line.")
  public var certStdin = false

  /// The default token lifetime, relative seconds 1...86400 (`--expire`).
  @Option(
    help: ArgumentHelp(
      "The default token lifetime in seconds, 1...86400 (default 3600; the properties' expire.second).",
      valueName: "seconds"))
  public var expire: UInt32?

  /// A Spring Boot `application.properties` (`--config`).
  @Option(
    name: .customLong("config"),
    help: ArgumentHelp(
      "A Spring Boot application.properties (server.port, appid, appcert, expire.second).",
      valueName: "path"))
  public var configFile: String?

  /// The file that holds the Bearer secret of the token endpoints (`--auth-token-file`).
  @Option(
    name: .customLong("auth-token-file"),
    help: ArgumentHelp(
      "Require 'Authorization: Bearer <secret>' on token endpoints; the file holds the secret.",
      valueName: "path"))
  public var authTokenFile: String?

  /// The largest request body accepted, in bytes (`--max-body-bytes`).
  @Option(
    name: .customLong("max-body-bytes"),
    help: ArgumentHelp("The largest request body accepted (default 65536).", valueName: "bytes"))
  public var maxBodyBytes: Int?

  /// A fixed time instead of the clock, Unix seconds (`--now`), for tests.
  @Option(
    help: ArgumentHelp(
      "Use this time (Unix seconds or ISO 8601) instead of the clock, for tests.", valueName: "time"
    ))
  public var now: FixedTime?

  /// Do not write the access log (`--no-access-log`).
  @Flag(name: .customLong("no-access-log"), help: "Do not write the access log to stderr.")
  public var noAccessLog = false
}

/// `--now`: Unix seconds or ISO 8601, parsed as the CLI's `--now` (``UnixTime``).
public struct FixedTime: ExpressibleByArgument {
  /// Unix seconds.
  public let seconds: UInt64

  /// Parses Unix seconds or ISO 8601 with a zone, up to 9999-12-31T23:59:59Z.
  public init?(argument: String) {
    guard let seconds = UnixTime.parse(argument) else { return nil }
    self.seconds = seconds
  }
}
