import AgoraToken
import AgoraTokenLint
import AgoraTokenReport

/// Streams inputs through the library's ``InspectionPipeline`` and writes one report record per
/// input, in order. It only renders: every judgment is the pipeline's.
struct InspectionRunner {
  let pipeline: InspectionPipeline
  let format: ReportFormat
  let showToken: Bool

  /// Counts of what the run saw, for the exit code.
  struct Totals {
    var records = 0
    var undecodable = 0
    var invalid = 0
    var notChecked = 0
    /// What the run judged, for the verify exit policy and the summary.
    var tally = RunTally()
  }

  /// One processed input: the inspection, its findings and its rendered record.
  struct Record: Sendable {
    let linted: LintedInput
    let rendered: String
    var inspection: Inspection { linted.inspection }
  }

  /// Runs every input from `inputs` and returns the totals.
  func run(_ inputs: TokenInputOptions) throws -> Totals {
    let summaryForm = inputs.summaryOnly ? try SummaryOnly.Form(format) : nil
    var totals = Totals()
    var writer = ReportWriter(format: format)
    var summary = BatchSummary(quiet: inputs.quiet, countFindings: false)
    let origins = pipeline.settings.certificates.map(\.origin)
    try pipeline.run(
      jobs: inputs.jobs, read: inputs.forEachInput,
      render: renderer(summaryOnly: inputs.summaryOnly)
    ) { record in
      let inspection = record.inspection
      summary.add(inspection, findings: record.linted.findings)
      if inputs.verbose { VerboseLog.trace(inspection, origins: origins) }
      totals.records += 1
      if inspection.error != nil { totals.undecodable += 1 }
      switch inspection.signature.status {
      case .invalid: totals.invalid += 1
      case .notChecked: totals.notChecked += 1
      case .valid: break
      }
      if !inputs.summaryOnly { writer.emit(record.rendered, linted: record.linted) }
    }
    totals.tally = summary.tally
    if let summaryForm {
      SummaryOnly.write(summary.tally, as: summaryForm)
      return totals
    }
    writer.finish()
    if summary.total > 1 { summary.finish() }
    // Said, so that an empty file or variable is not mistaken for a clean run (verify exits 1).
    if summary.total == 0 && !inputs.quiet {
      Output.standardError("agtoken: no tokens in the input (empty lines are skipped)")
    }
    return totals
  }

  /// The per-input rendering. Safe to run on any thread.
  private func renderer(summaryOnly: Bool = false) -> @Sendable (LintedInput) -> Record {
    let format = format
    let now = pipeline.settings.now
    let showToken = showToken
    let text = TextRenderer(
      now: now, style: TextStyle(color: Output.colorEnabled), showToken: showToken)
    return { linted in
      if summaryOnly { return Record(linted: linted, rendered: "") }
      let rendered = ReportWriter.render(
        linted, format: format, now: now, showToken: showToken, text: text)
      return Record(linted: linted, rendered: rendered)
    }
  }
}
