import AgoraToken

/// Everything the token server needs, resolved and checked: bind address, credentials, lifetimes,
/// limits and the clock.
///
/// Build one with ``ServerConfiguration/resolve(_:sources:)`` from what the user gave (flags,
/// environment, `application.properties`), or directly in tests.
public struct ServerConfiguration: Sendable {
  /// The address to bind; `127.0.0.1` unless `--host` (or the properties' `server.address`) says otherwise.
  public var host: String
  /// The TCP port; 0 asks the system for a free one.
  public var port: Int
  /// The App ID, 32 hexadecimal characters, put into every token.
  public var appID: String
  /// The certificates: the first signs every token; `/inspect` and `/lint` accept any of them,
  /// so a primary and a secondary certificate both verify while one is being rotated.
  public var certificates: [AppCertificate]
  /// The token lifetime when a request gives no `expire`, seconds relative to issue_ts.
  public var defaultExpire: UInt32
  /// When set, token endpoints require `Authorization: Bearer <secret>`.
  public var bearer: BearerSecret?
  /// The largest request body accepted, in bytes; larger bodies get 413.
  public var maxBodyBytes: Int
  /// The clock for issue_ts and for judging expiry.
  public var clock: ServerClock

  /// The demo's port.
  public static let defaultPort = 8090
  /// Loopback only, unless asked.
  public static let defaultHost = "127.0.0.1"
  /// One hour, as the demo's `expire.second`.
  public static let defaultExpire: UInt32 = 3600
  /// 24 hours: the longest lifetime Agora documents for a token; longer requests get 400.
  public static let maximumLifetime: UInt32 = 86_400
  /// 64 KiB: far above any token, even one wrapped in JSON.
  public static let defaultMaxBodyBytes = 64 * 1024

  /// Creates a configuration. Call ``validate()`` before serving.
  public init(
    host: String = ServerConfiguration.defaultHost, port: Int = ServerConfiguration.defaultPort,
    appID: String, certificates: [AppCertificate],
    defaultExpire: UInt32 = ServerConfiguration.defaultExpire, bearer: BearerSecret? = nil,
    maxBodyBytes: Int = ServerConfiguration.defaultMaxBodyBytes, clock: ServerClock = .system
  ) {
    self.host = host
    self.port = port
    self.appID = appID
    self.certificates = certificates
    self.defaultExpire = defaultExpire
    self.bearer = bearer
    self.maxBodyBytes = maxBodyBytes
    self.clock = clock
  }

  /// The certificate that signs tokens.
  public var signingCertificate: AppCertificate? { certificates.first }

  /// Checks the values a server cannot run without.
  /// - Throws: ``ServerConfigurationError`` naming the setting and how to fix it; never a secret.
  public func validate() throws(ServerConfigurationError) {
    if host.isEmpty { throw ServerConfigurationError("--host must not be empty") }
    if !(0...65_535).contains(port) {
      throw ServerConfigurationError("the port must be 0...65535, got \(port)")
    }
    if appID.isEmpty {
      throw ServerConfigurationError(
        "no App ID given: set --app-id, AGORA_APP_ID or appid in the properties file (32 hexadecimal characters, as Agora Console shows it)"
      )
    }
    if !isHex32(appID) {
      throw ServerConfigurationError(
        "the App ID must be 32 hexadecimal characters as Agora Console shows it (got \(appID.utf8.count) characters); set --app-id, AGORA_APP_ID or appid in the properties file"
      )
    }
    guard let signing = signingCertificate else {
      throw ServerConfigurationError(
        "the server needs an App Certificate to sign tokens: use --cert-file PATH, --cert-env NAME, --cert-stdin, AGORA_APP_CERTIFICATE or appcert in the properties file"
      )
    }
    if !signing.isHex32 {
      throw ServerConfigurationError(
        "the App Certificate from \(signing.origin) must be 32 hexadecimal characters; copy the primary certificate again from Agora Console"
      )
    }
    if defaultExpire == 0 || defaultExpire > Self.maximumLifetime {
      throw ServerConfigurationError(
        "the default lifetime must be 1...\(Self.maximumLifetime) seconds (24 hours), got \(defaultExpire)"
      )
    }
    if maxBodyBytes < 1 || maxBodyBytes > 16 << 20 {
      throw ServerConfigurationError("--max-body-bytes must be 1...16777216, got \(maxBodyBytes)")
    }
  }
}

/// A configuration the server cannot start with. The message names the setting, never a secret.
public struct ServerConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong and how to fix it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
