import AgoraToken
import ArgumentParser

/// Where certificates come from. No flag takes a certificate as its value, so none lands in
/// shell history or in `ps` output. Loading is the library's (``CertificateSources``), shared with
/// the token server.
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
  static let defaultVariable = CertificateSources.defaultVariable

  /// Whether stdin is taken by certificates (so tokens must come from arguments or files).
  var usesStdin: Bool { certStdin }

  /// Loads every certificate, in the order given, and prints the loader's warnings on stderr.
  /// - Throws: `ValidationError` when a file cannot be read or a variable is unset.
  func load() throws -> [AppCertificate] {
    let sources = CertificateSources(files: certFiles, variables: certEnv, standardInput: certStdin)
    let loaded: CertificateSources.Loaded
    do {
      loaded = try sources.load(from: .process)
    } catch {
      throw ValidationError(error.message)
    }
    for notice in loaded.notices { Output.standardError(notice) }
    maskInGitHubActions(loaded.certificates)
    return loaded.certificates
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
