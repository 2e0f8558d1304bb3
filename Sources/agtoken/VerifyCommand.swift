import ArgumentParser

/// `agtoken verify`: recompute signatures; the command for CI.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Verify token signatures with an App Certificate (exit 0 only if all are valid).",
    discussion: """
      Recomputes the HMAC-SHA256 signature of each token. 006 tokens also need the channel and \
      the uid or account they were built for (--channel, --uid or --account). \
      Certificates: --cert-file PATH (one per line, '#' comments; the report names the line that \
      matched), --cert-env NAME, --cert-stdin, or AGORA_APP_CERTIFICATE. \
      Exit codes: 0 every signature is valid, 1 a signature is invalid or could not be checked, \
      2 usage or IO error, 3 a token could not be decoded.
      """
  )

  @OptionGroup var inputs: TokenInputOptions
  @OptionGroup var certificates: CertificateOptions
  @OptionGroup var identity: IdentityOptions
  @OptionGroup(title: "Diagnosis context") var diagnosis: DiagnosisOptions

  @Option(help: "Output format: text, json or ndjson.")
  var format: ReportFormat = .text

  @Option(help: "Judge expiry at this time (Unix seconds or ISO 8601) instead of the clock.")
  var now: TimePoint?

  func run() throws {
    if inputs.wouldWaitOnTerminal {
      Output.standardError(Self.helpMessage())
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    var session = InspectionSession(
      inputs: inputs, certificates: certificates, identity: identity, diagnosis: diagnosis,
      format: format, now: now)
    session.requireCertificate = true
    let totals = try session.run()
    if totals.undecodable > 0 { throw ExitCode(ExitStatus.undecodable.rawValue) }
    if totals.invalid > 0 || totals.notChecked > 0 || totals.records == 0 {
      throw ExitCode(ExitStatus.failed.rawValue)
    }
  }
}
