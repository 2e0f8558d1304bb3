import AgoraToken

/// What the user gave on the command line, before environment variables, the properties file and
/// defaults fill the gaps. `nil` and empty mean "not given".
public struct ServerOptions: Sendable, Equatable {
  /// `--host`.
  public var host: String?
  /// `--port`.
  public var port: Int?
  /// `--app-id`.
  public var appID: String?
  /// `--cert-file`, repeatable: files of certificates, one per line, `#` comments.
  public var certFiles: [String]
  /// `--cert-env`, repeatable: names of variables holding a certificate.
  public var certEnv: [String]
  /// `--cert-stdin`: certificates on standard input, one per line.
  public var certStdin: Bool
  /// `--expire`: the default lifetime, seconds relative to issue_ts.
  public var expire: UInt32?
  /// `--config`: a Spring Boot `application.properties` file.
  public var configFile: String?
  /// `--auth-token-file`: a file holding the bearer secret.
  public var authTokenFile: String?
  /// `--max-body-bytes`.
  public var maxBodyBytes: Int?
  /// `--now`: a fixed Unix time (seconds) instead of the clock, for tests.
  public var now: UInt64?

  /// Creates options; everything defaults to "not given".
  public init(
    host: String? = nil, port: Int? = nil, appID: String? = nil, certFiles: [String] = [],
    certEnv: [String] = [], certStdin: Bool = false, expire: UInt32? = nil,
    configFile: String? = nil, authTokenFile: String? = nil, maxBodyBytes: Int? = nil,
    now: UInt64? = nil
  ) {
    self.host = host
    self.port = port
    self.appID = appID
    self.certFiles = certFiles
    self.certEnv = certEnv
    self.certStdin = certStdin
    self.expire = expire
    self.configFile = configFile
    self.authTokenFile = authTokenFile
    self.maxBodyBytes = maxBodyBytes
    self.now = now
  }

  /// Whether any certificate source was named explicitly (so `AGORA_APP_CERTIFICATE` and the
  /// properties file's `appcert` are not used), as `agtoken verify` decides.
  public var namesCertificateSource: Bool { certificateSources.namesSource }

  /// The certificate sources these options name.
  public var certificateSources: CertificateSources {
    CertificateSources(files: certFiles, variables: certEnv, standardInput: certStdin)
  }
}
