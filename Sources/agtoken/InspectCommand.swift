import AgoraToken
import AgoraTokenLint
import ArgumentParser

/// `agtoken inspect`: decode tokens and show what is inside.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract: "Decode Agora tokens and show what is inside.",
    discussion: """
      Reads tokens from arguments, from files named as arguments (one token per line), or from \
      stdin. Shows version, app_id, issue time, lifetime and expiry, salt, services and \
      privileges, and a signature line. With a certificate the signature is checked. \
      Exit codes: 0 ok, 1 a signature was checked and is invalid, 2 usage or IO error, \
      3 a token could not be decoded. Lint findings are shown for information only; use \
      `agtoken verify` to fail on an expired token.

      EXAMPLES:
        agtoken inspect samples/rtc-publisher.token
        agtoken inspect -f json samples/rtc-publisher.token | jq -r '.token.services[0].name'
        cat tokens.txt | agtoken inspect -q -f ndjson
        agtoken inspect --cert-file certs.txt --now 2024-06-10T09:00:00Z TOKEN
      """
  )

  @OptionGroup var inputs: TokenInputOptions
  @OptionGroup var certificates: CertificateOptions
  @OptionGroup var identity: IdentityOptions
  @OptionGroup(title: "Diagnosis context") var diagnosis: DiagnosisOptions

  @OptionGroup var report: ReportOptions

  func run() throws {
    if inputs.wouldWaitOnTerminal {
      Output.standardError(AgToken.helpMessage(for: Self.self))
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let status = try InspectionSession(
      inputs: inputs, certificates: certificates, identity: identity, diagnosis: diagnosis,
      report: report
    ).run()
    let code: ExitStatus =
      status.undecodable > 0 ? .undecodable : (status.invalid > 0 ? .failed : .ok)
    if code != .ok { throw ExitCode(code.rawValue) }
  }
}

/// The shared setup of `inspect` and `verify`: certificates, clock, inspector, runner.
struct InspectionSession {
  let inputs: TokenInputOptions
  let certificates: CertificateOptions
  let identity: IdentityOptions
  let diagnosis: DiagnosisOptions
  let report: ReportOptions
  var requireCertificate = false
  /// The `--expires-within` window of `verify`, in seconds.
  var expiresWithin: UInt64?

  func run() throws -> InspectionRunner.Totals {
    try inputs.checkStandardInput(certificatesUseStandardInput: certificates.usesStdin)
    let loaded = try certificates.load()
    if requireCertificate && loaded.isEmpty {
      throw ValidationError(
        "verify needs a certificate: use --cert-file PATH, --cert-env NAME, --cert-stdin or set AGORA_APP_CERTIFICATE"
      )
    }
    if !inputs.quiet,
      loaded.contains(where: { $0.origin.hasPrefix("env \(CertificateOptions.defaultVariable)") })
    {
      Output.standardError("using the certificate from \(CertificateOptions.defaultVariable)")
    }
    let moment = report.time.moment()
    let settings = InspectionSettings(
      now: moment, decode: DecodeOptions(strict: inputs.strict),
      repair: !inputs.noRepair, certificates: loaded,
      context: diagnosis.context(identity: identity.identity, now: report.time.now, judged: moment),
      expiresWithin: expiresWithin)
    let runner = InspectionRunner(
      pipeline: InspectionPipeline(settings), format: report.format, showToken: inputs.showToken)
    return try runner.run(inputs)
  }
}
