import AgoraToken

/// Loads certificates with the semantics of the CLI's `--cert-file`, `--cert-env`, `--cert-stdin`
/// and `AGORA_APP_CERTIFICATE`, and the same origin names (`file PATH line N`, `env NAME`,
/// `stdin line N`), so that `/inspect` reports the same `matched_certificate` as `agtoken inspect`.
struct CertificateLoader {
  let sources: ConfigurationSources

  /// Every certificate from the named sources, in order; `AGORA_APP_CERTIFICATE` when none is named.
  func load(_ options: ServerOptions, notices: inout [String]) throws(ServerConfigurationError)
    -> [AppCertificate]
  {
    var certificates: [AppCertificate] = []
    for path in options.certFiles {
      guard let text = sources.readFile(path) else {
        throw ServerConfigurationError("cannot read certificate file \(path)")
      }
      notices += Self.sharedFileWarning(path, mode: sources.fileMode(path))
      let found = parse(text, origin: "file \(path)")
      guard !found.isEmpty else {
        throw ServerConfigurationError(
          "certificate file \(path) holds no certificate (only blank lines or comments)")
      }
      certificates += found
    }
    for name in options.certEnv {
      guard let value = sources.environment(name), !value.isEmpty else {
        throw ServerConfigurationError("environment variable \(name) is not set or empty")
      }
      certificates.append(AppCertificate(secret: value.trimmingSpaces, origin: "env \(name)"))
    }
    if options.certStdin {
      certificates += parse(sources.readStandardInput(), origin: "stdin")
    }
    let variable = ServerConfiguration.certificateVariable
    if !options.namesCertificateSource, let value = sources.environment(variable), !value.isEmpty {
      certificates.append(AppCertificate(secret: value.trimmingSpaces, origin: "env \(variable)"))
    }
    return certificates
  }

  private func parse(_ text: String, origin: String) -> [AppCertificate] {
    var result: [AppCertificate] = []
    // A byte-order mark from a Windows editor is not part of the first certificate.
    var body = text
    if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
    for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content =
        (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        .trimmingSpaces
      if content.isEmpty { continue }
      result.append(AppCertificate(secret: content, origin: "\(origin) line \(index + 1)"))
    }
    return result
  }

  /// A warning, as ssh gives for a private key, when a secret file is readable by group or others.
  static func sharedFileWarning(_ path: String, mode: UInt32?) -> [String] {
    guard let mode, mode & 0o077 != 0 else { return [] }
    return [
      "warning: \(path) is accessible by group or others (mode \(String(mode & 0o777, radix: 8))); chmod 600 it"
    ]
  }
}
