import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import ArgumentParser

/// `agtoken lint`: run the lint rules over tokens and gate CI on the findings.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check tokens against the lint rules (structure, time, identity, signature).",
    discussion: """
      Exit codes: 0 no finding at or above --fail-on (default error); 1 findings at or above it; \
      2 usage, config or IO error; 3 a token could not be decoded. --exit-zero forces 0 for 1 and 3. \
      Settings come from .agtoken.toml (found upward from the current directory, or --config); \
      flags override it. `agtoken rules` lists the rules.

      EXAMPLES:
        agtoken lint --now 2024-06-10T09:00:00Z --channel Demo-Channel --uid 42 TOKEN
        agtoken lint --select expires_within --expires-within 1h --fail-on warning TOKEN
        agtoken lint -q -f sarif tokens.txt > agtoken.sarif
        agtoken lint -f github --cert-file certs.txt tokens.txt
      """)

  @OptionGroup var input: TokenInputOptions
  @OptionGroup var certificates: CertificateOptions
  @OptionGroup var identity: IdentityOptions
  @OptionGroup(title: "Diagnosis context") var diagnosis: DiagnosisOptions

  @OptionGroup var time: NowOption

  @Option(
    help: ArgumentHelp("Clock skew tolerated by the time rules, in seconds.", valueName: "seconds"))
  var leeway: UInt64?

  @Option(
    name: .customLong("expires-within"),
    help: ArgumentHelp(
      "Report tokens that expire within this duration (3600, 90s, 15m, 2h, 1d).",
      valueName: "duration"))
  var expiresWithin: String?

  @Option(
    name: .customLong("expect-service"),
    help: ArgumentHelp(
      "A service the token must carry (rtc, rtm, chat, ...). Repeatable.", valueName: "service"))
  var expectService: [String] = []

  @Option(
    name: .customLong("expect-privilege"),
    help: ArgumentHelp(
      "A privilege the token must grant (joinChannel, publishAudioStream, login, ...). Repeatable.",
      valueName: "name"))
  var expectPrivilege: [String] = []

  @Option(
    help: ArgumentHelp(
      "Enable only these rules: codes, code prefixes or names; repeatable or comma-separated.",
      valueName: "rules"))
  var select: [String] = []

  @Option(
    help: ArgumentHelp(
      "Disable these rules: codes, code prefixes or names; repeatable or comma-separated.",
      valueName: "rules"))
  var ignore: [String] = []

  @OptionGroup var gate: FailOnOption

  @Flag(
    name: .customLong("exit-zero"),
    help: "Exit 0 even when findings or undecodable tokens would fail the run.")
  var exitZero = false

  @Option(
    help: ArgumentHelp(
      "Read settings from this TOML file instead of the nearest .agtoken.toml.", valueName: "file"))
  var config: String?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Output format: text, json (always an array), json-array, ndjson, sarif or github.",
      valueName: "format"))
  var format: ReportFormat?

  @Option(help: ArgumentHelp("Colour the text format: auto, always or never.", valueName: "when"))
  var color: ColorChoice = .auto

  func run() throws {
    try input.checkStandardInput(certificatesUseStandardInput: certificates.usesStdin)
    if input.wouldWaitOnTerminal && !certificates.usesStdin {
      throw ValidationError("give tokens as arguments, with --input FILE, or on stdin")
    }
    let settings = try LintSettings(command: self, file: ConfigFile.load(explicit: config))
    var inspection = settings.inspection
    inspection.certificates = try certificates.load()
    let pipeline = InspectionPipeline(inspection)
    let renderer = LintTextRenderer(color: color.enabled)
    let origins = inspection.certificates.map(\.origin)
    var collected: [LintedInput] = []
    var tally = FindingTally()
    var count = 0
    var failed = false
    var undecodable = false
    var summary = BatchSummary(quiet: input.quiet)
    let now = inspection.now
    let format = settings.format
    let showToken = input.showToken
    let summaryForm = input.summaryOnly ? try SummaryOnly.Form(format) : nil
    let render: @Sendable (LintedInput) -> LintRecord = { linted in
      if summaryForm != nil { return LintRecord(linted: linted, rendered: "") }
      let rendered: String
      switch format {
      case .text: rendered = renderer.render(linted)
      case .ndjson: rendered = LintJSONRenderer.line(linted, now: now, showToken: showToken)
      case .github: rendered = GitHubRenderer.render(linted)
      case .json, .jsonArray, .sarif: rendered = ""
      }
      return LintRecord(linted: linted, rendered: rendered)
    }
    try pipeline.run(jobs: input.jobs, read: input.forEachInput, render: render) { record in
      let linted = record.linted
      summary.add(linted.inspection, findings: linted.findings)
      if input.verbose { VerboseLog.trace(linted.inspection, origins: origins) }
      count += 1
      tally.add(linted.findings)
      if linted.inspection.error != nil { undecodable = true }
      if linted.findings.contains(where: { $0.severity >= settings.failOn }) { failed = true }
      if summaryForm != nil { return }
      switch format {
      // Standard input flushes after each record (TokenInputs): a file needs no write per line.
      case .text, .github, .ndjson: Output.write(record.rendered)
      case .json, .jsonArray, .sarif: collected.append(linted)
      }
    }
    if let summaryForm {
      SummaryOnly.write(summary.tally, as: summaryForm)
    } else {
      writeEnd(
        format, renderer: renderer, count: count, tally: tally, collected: collected, now: now)
      if summary.total > 1 { summary.finish() }
    }
    // As inspect and verify say it: an empty file is not a clean lint run to be mistaken for one.
    if count == 0 && !input.quiet {
      Output.standardError("agtoken: no tokens in the input (empty lines are skipped)")
    }
    if exitZero { return }
    if undecodable { throw ExitCode(ExitStatus.undecodable.rawValue) }
    if failed { throw ExitCode(ExitStatus.failed.rawValue) }
  }

  /// Closes the report: the text tally, the JSON array or the SARIF log.
  private func writeEnd(
    _ format: ReportFormat, renderer: LintTextRenderer, count: Int, tally: FindingTally,
    collected: [LintedInput], now: UInt64
  ) {
    let showToken = input.showToken
    switch format {
    case .text: Output.write(renderer.summary(tokens: count, tally: tally))
    case .json, .jsonArray:
      Output.write(LintJSONRenderer.document(collected, now: now, showToken: showToken))
    case .sarif: Output.write(SARIFRenderer.render(collected, version: AgTokenVersion.current))
    case .ndjson, .github: break
    }
    Output.flush()
  }
}

/// One linted input and its rendered record (empty for the formats written at the end).
struct LintRecord: Sendable {
  let linted: LintedInput
  let rendered: String
}
