import AgoraToken

/// A resolved configuration and the notices to print on stderr before serving (warnings about
/// where secrets came from; never a secret).
public struct ResolvedConfiguration: Sendable {
  /// The configuration, validated.
  public var configuration: ServerConfiguration
  /// Lines for stderr, for example a warning that the certificate came from a properties file.
  public var notices: [String]
}

extension ServerConfiguration {
  /// The environment variable for the App ID.
  public static let appIDVariable = "AGORA_APP_ID"
  /// The environment variable for the certificate, used when no certificate flag is given.
  public static let certificateVariable = CertificateSources.defaultVariable

  /// Resolves flags, environment and properties file into a configuration, in that order of
  /// precedence, then defaults; then validates it.
  ///
  /// Certificates come from the sources `agtoken verify` reads, with the same semantics and origin
  /// names: `--cert-file` (one per line, `#` comments), `--cert-env`, `--cert-stdin`; when none is
  /// named, `AGORA_APP_CERTIFICATE`; failing that, the properties file's `appcert` (with a warning).
  /// - Throws: ``ServerConfigurationError`` when a named source cannot be read or a value is invalid.
  public static func resolve(_ options: ServerOptions, sources: ConfigurationSources = .process)
    throws(ServerConfigurationError) -> ResolvedConfiguration
  {
    var notices: [String] = []
    var properties = PropertiesFile(parsing: "")
    if let path = options.configFile {
      guard let text = sources.readFile(path) else {
        throw ServerConfigurationError("cannot read the properties file \(path)")
      }
      properties = PropertiesFile(parsing: text)
    }
    let propertiesName = options.configFile ?? "application.properties"

    let port: Int
    if let given = options.port {
      port = given
    } else if let text = properties["server.port"] {
      guard let value = Int(text.trimmingSpaces) else {
        throw ServerConfigurationError("server.port in \(propertiesName) is not a port number")
      }
      port = value
    } else {
      port = defaultPort
    }

    let expire: UInt32
    if let given = options.expire {
      expire = given
    } else if let text = properties["expire.second"] {
      guard let value = UInt32(text.trimmingSpaces) else {
        throw ServerConfigurationError(
          "expire.second in \(propertiesName) must be seconds (1...\(maximumLifetime))")
      }
      expire = value
    } else {
      expire = defaultExpire
    }

    let appID =
      options.appID ?? sources.environment(appIDVariable).nonEmpty
      ?? properties["appid"]?.trimmingSpaces ?? ""
    let host = options.host ?? properties["server.address"]?.trimmingSpaces ?? defaultHost

    let loaded: CertificateSources.Loaded
    do {
      loaded = try options.certificateSources.load(from: sources)
    } catch {
      throw ServerConfigurationError(error.message)
    }
    var certificates = loaded.certificates
    notices += loaded.notices
    if certificates.isEmpty, let value = properties["appcert"]?.trimmingSpaces, !value.isEmpty {
      if value.hasPrefix("${") {
        throw ServerConfigurationError(
          "appcert in \(propertiesName) is a placeholder, which agtoken does not expand; set AGORA_APP_CERTIFICATE or use --cert-file instead"
        )
      }
      certificates.append(AppCertificate(secret: value, origin: "properties \(propertiesName)"))
      notices.append(
        "warning: the App Certificate comes from \(propertiesName) (appcert); a properties file is easily committed or shared. Prefer --cert-file (mode 600) or AGORA_APP_CERTIFICATE"
      )
      if let path = options.configFile {
        notices += CertificateSources.sharedFileWarning(path, mode: sources.fileMode(path))
      }
    }
    for extra in certificates.dropFirst() where !extra.isHex32 {
      notices.append(
        "warning: the certificate from \(extra.origin) is not 32 hexadecimal characters; no token will verify with it"
      )
    }

    var bearer: BearerSecret?
    if let path = options.authTokenFile {
      guard let text = sources.readFile(path) else {
        throw ServerConfigurationError("cannot read the auth token file \(path)")
      }
      let secret = text.trimmingSpaces
      if secret.isEmpty {
        throw ServerConfigurationError("the auth token file \(path) is empty")
      }
      if secret.utf8.count < 16 {
        notices.append(
          "warning: the bearer secret in \(path) is shorter than 16 characters; use a long random value (openssl rand -hex 32)"
        )
      }
      notices += CertificateSources.sharedFileWarning(path, mode: sources.fileMode(path))
      bearer = BearerSecret(secret)
    }

    let configuration = ServerConfiguration(
      host: host, port: port, appID: appID, certificates: certificates, defaultExpire: expire,
      bearer: bearer, maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
      clock: options.now.map(ServerClock.fixed) ?? .system)
    try configuration.validate()
    if bearer == nil && !Self.isLoopback(host) {
      notices.append(
        "warning: serving on \(host) without --auth-token-file: anyone who can reach this address can get tokens, and Chat app tokens carry admin rights"
      )
    }
    return ResolvedConfiguration(configuration: configuration, notices: notices)
  }

  /// Whether `host` names the loopback interface only.
  static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  var trimmingSpaces: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}

extension Optional where Wrapped == String {
  /// The value when it is set and not empty.
  var nonEmpty: String? {
    guard let self, !self.isEmpty else { return nil }
    return self
  }
}
