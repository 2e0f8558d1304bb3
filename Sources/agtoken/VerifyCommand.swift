import AgoraTokenLint
import AgoraTokenReport
import ArgumentParser

/// `agtoken verify`: recompute signatures; the command for CI.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract:
      "Verify token signatures and expiry (exit 0 only if every token is valid and not expired).",
    discussion: """
      Recomputes the HMAC-SHA256 signature of each token and judges its expiry at --now (or the \
      clock), as JWT verifiers do. 006 tokens also need the channel and the uid or account they \
      were built for (--channel, --uid or --account). \
      Certificates: --cert-file PATH (one per line, '#' comments; the report names the line that \
      matched), --cert-env NAME, --cert-stdin, or AGORA_APP_CERTIFICATE. \
      Exit codes: 0 every signature is valid and every token is valid at the time judged; \
      1 a signature is invalid or could not be checked, a token is expired or not yet valid \
      (unless --ignore-expiry), a token will no longer be valid after --expires-within, or the \
      input holds no token (a gate that verified nothing does not pass); 2 usage or IO error; 3 a token could not be decoded.

      EXAMPLES:
        agtoken verify --cert-file certs.txt samples/rtc-publisher.token
        agtoken verify --cert-file certs.txt --now 2024-06-10T09:00:00Z -f json TOKEN
        agtoken verify --cert-env AGORA_APP_CERTIFICATE --expires-within 1h TOKEN
        agtoken verify --cert-file certs.txt --ignore-expiry -q -f github tokens.txt
      """
  )

  @OptionGroup var inputs: TokenInputOptions
  @OptionGroup var certificates: CertificateOptions
  @OptionGroup var identity: IdentityOptions
  @OptionGroup(title: "Diagnosis context") var diagnosis: DiagnosisOptions

  @OptionGroup var report: ReportOptions

  @Flag(
    name: .customLong("ignore-expiry"),
    help: "Check the signature only: exit 0 for an expired or not yet valid token.")
  var ignoreExpiry = false

  @Option(
    name: .customLong("expires-within"),
    help: ArgumentHelp(
      "Fail when a token will no longer be valid after this duration (3600, 90s, 15m, 2h, 1d), like openssl x509 -checkend.",
      valueName: "duration"))
  var expiresWithin: String?

  func run() throws {
    if inputs.wouldWaitOnTerminal {
      Output.standardError(AgToken.helpMessage(for: Self.self))
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let window: UInt64?
    do {
      window = try expiresWithin.map { text throws(LintConfigurationError) in
        try DurationText.seconds(text)
      }
    } catch {
      throw ValidationError("--expires-within: \(error.message)")
    }
    var session = InspectionSession(
      inputs: inputs, certificates: certificates, identity: identity, diagnosis: diagnosis,
      report: report)
    session.requireCertificate = true
    session.expiresWithin = window
    let totals = try session.run()
    let outcome = VerifyGate(ignoreExpiry: ignoreExpiry).outcome(totals.tally)
    if outcome != .ok { throw ExitCode(outcome.rawValue) }
  }
}
