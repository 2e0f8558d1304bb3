import AgoraToken
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where certificates come from. No flag takes a certificate as its value, so none lands in
/// shell history or in `ps` output.
struct CertificateOptions: ParsableArguments {
  @Option(
    name: .customLong("cert-file"),
    help: ArgumentHelp(
      "Read certificates from a file, one per line ('#' starts a comment). Repeatable.",
      valueName: "path"))
  var certFiles: [String] = []

  @Option(
    name: .customLong("cert-env"),
    help: ArgumentHelp("Read the certificate from this environment variable.", valueName: "name"))
  var certEnv: [String] = []

  @Flag(name: .customLong("cert-stdin"), help: "Read certificates from stdin, one per line.")
  var certStdin = false

  /// The variable used when no other source is given.
  static let defaultVariable = "AGORA_APP_CERTIFICATE"

  /// Whether stdin is taken by certificates (so tokens must come from arguments or files).
  var usesStdin: Bool { certStdin }

  /// Loads every certificate, in the order given.
  /// - Throws: `ValidationError` when a file cannot be read or a variable is unset.
  func load() throws -> [AppCertificate] {
    var certificates: [AppCertificate] = []
    for path in certFiles {
      guard !TextFile.isDirectory(path) else {
        throw ValidationError("certificate file \(path) is a directory")
      }
      guard let text = TextFile.readAll(path) else {
        throw ValidationError("cannot read certificate file \(path)")
      }
      warnIfShared(path)
      let found = parse(text, origin: "file \(path)")
      guard !found.isEmpty else {
        throw ValidationError(
          "certificate file \(path) holds no certificate (only blank lines or comments)")
      }
      certificates += found
    }
    for name in certEnv {
      guard let value = Environment.value(name), !value.isEmpty else {
        throw ValidationError("environment variable \(name) is not set or empty")
      }
      certificates.append(AppCertificate(secret: trimmed(value), origin: "env \(name)"))
    }
    if certStdin {
      var lines: [String] = []
      while let line = readLine(strippingNewline: true) { lines.append(line) }
      certificates += parse(lines.joined(separator: "\n"), origin: "stdin")
    }
    if certFiles.isEmpty && certEnv.isEmpty && !certStdin,
      let value = Environment.value(Self.defaultVariable), !value.isEmpty
    {
      certificates.append(
        AppCertificate(secret: trimmed(value), origin: "env \(Self.defaultVariable)"))
    }
    maskInGitHubActions(certificates)
    return certificates
  }

  private func parse(_ text: String, origin: String) -> [AppCertificate] {
    var result: [AppCertificate] = []
    // A byte-order mark from a Windows editor is not part of the first certificate.
    var body = text
    if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
    for (index, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let content = trimmed(
        String(
          line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""))
      if content.isEmpty { continue }
      result.append(AppCertificate(secret: content, origin: "\(origin) line \(index + 1)"))
    }
    return result
  }

  private func trimmed(_ text: String) -> String {
    String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// Warns, as ssh does for a private key, when a certificate file is readable by group or others.
  private func warnIfShared(_ path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    if info.st_mode & 0o077 != 0 {
      Output.standardError(
        "warning: certificate file \(path) is accessible by group or others (mode \(String(info.st_mode & 0o777, radix: 8))); chmod 600 it"
      )
    }
  }

  /// In GitHub Actions, asks the runner to mask each certificate in the job log.
  ///
  /// The command goes to stderr, which the runner reads for workflow commands too, so that
  /// stdout stays clean JSON for `| jq` even inside a workflow.
  private func maskInGitHubActions(_ certificates: [AppCertificate]) {
    guard Environment.value("GITHUB_ACTIONS") == "true" else { return }
    for certificate in certificates {
      Output.standardError("::add-mask::\(certificate.secret)")
    }
  }
}
