/// Where App Certificates come from: files, environment variables and standard input, never a
/// command-line value (which would land in shell history and `ps` output).
///
/// The CLI's `--cert-file`, `--cert-env` and `--cert-stdin` and the token server's options of the
/// same names load through this one type, so both name a certificate by the same origin
/// (`file PATH line N`, `env NAME`, `stdin line N`) and report the same `matched_certificate`.
public struct CertificateSources: Sendable, Equatable {
  /// Files of certificates, one per line; `#` starts a comment.
  public var files: [String]
  /// Environment variables that each hold one certificate.
  public var variables: [String]
  /// Whether to read certificates from standard input, one per line.
  public var standardInput: Bool

  /// The variable read when no source is named: `AGORA_APP_CERTIFICATE`.
  public static let defaultVariable = "AGORA_APP_CERTIFICATE"

  /// Creates a list of sources.
  public init(files: [String] = [], variables: [String] = [], standardInput: Bool = false) {
    self.files = files
    self.variables = variables
    self.standardInput = standardInput
  }

  /// Whether any source is named (otherwise ``defaultVariable`` is read).
  public var namesSource: Bool { !files.isEmpty || !variables.isEmpty || standardInput }

  /// What loading found: the certificates in order, and warnings for people.
  public struct Loaded: Sendable {
    /// The certificates, primary first.
    public var certificates: [AppCertificate]
    /// Warnings (a certificate file readable by others); never a certificate.
    public var notices: [String]
  }

  /// Every certificate from the named sources, in order; ``defaultVariable`` when none is named.
  /// - Throws: ``CertificateSourceError`` when a file is missing, a directory or empty, or a named
  ///   variable is unset or empty.
  public func load(from sources: ConfigurationSources) throws(CertificateSourceError) -> Loaded {
    var loaded = Loaded(certificates: [], notices: [])
    for path in files {
      guard !sources.isDirectory(path) else {
        throw CertificateSourceError("certificate file \(path) is a directory")
      }
      guard let text = sources.readFile(path) else {
        throw CertificateSourceError("cannot read certificate file \(path)")
      }
      loaded.notices += Self.sharedFileWarning(path, mode: sources.fileMode(path))
      let found = Self.parse(text, origin: "file \(path)")
      guard !found.isEmpty else {
        throw CertificateSourceError(
          "certificate file \(path) holds no certificate (only blank lines or comments)")
      }
      loaded.certificates += found
    }
    for name in variables {
      guard let value = sources.environment(name), !value.isEmpty else {
        throw CertificateSourceError("environment variable \(name) is not set or empty")
      }
      loaded.certificates.append(AppCertificate(secret: value.trimmed, origin: "env \(name)"))
    }
    if standardInput {
      loaded.certificates += Self.parse(sources.readStandardInput(), origin: "stdin")
    }
    if !namesSource, let value = sources.environment(Self.defaultVariable), !value.isEmpty {
      loaded.certificates.append(
        AppCertificate(secret: value.trimmed, origin: "env \(Self.defaultVariable)"))
    }
    return loaded
  }

  /// The certificates in `text`, one per line: blank lines and `#` comments skipped, whitespace
  /// trimmed, a leading byte-order mark dropped; each named `ORIGIN line N`.
  public static func parse(_ text: String, origin: String) -> [AppCertificate] {
    var result: [AppCertificate] = []
    // A byte-order mark from a Windows editor is not part of the first certificate.
    var body = text
    if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
    for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content =
        (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        .trimmed
      if content.isEmpty { continue }
      result.append(AppCertificate(secret: content, origin: "\(origin) line \(index + 1)"))
    }
    return result
  }

  /// A warning, as ssh gives for a private key, when a secret file is readable by group or others.
  public static func sharedFileWarning(_ path: String, mode: UInt32?) -> [String] {
    guard let mode, mode & 0o077 != 0 else { return [] }
    return [
      "warning: \(path) is accessible by group or others (mode \(String(mode & 0o777, radix: 8))); chmod 600 it"
    ]
  }
}

/// Why certificates could not be loaded, in words a person can act on (never the certificate).
public struct CertificateSourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong and where.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace.
  var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
