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
  }

  /// One processed input: the inspection and its rendered record.
  struct Record: Sendable {
    let inspection: Inspection
    let rendered: String
  }

  /// Runs every input from `inputs` and returns the totals.
  func run(_ inputs: TokenInputOptions) throws -> Totals {
    var totals = Totals()
    var pendingJSON: String?
    var openedArray = false
    var summary = BatchSummary()
    let origins = pipeline.settings.certificates.map(\.origin)
    try pipeline.run(jobs: inputs.jobs, read: inputs.forEachInput, render: renderer()) { record in
      let inspection = record.inspection
      summary.add(inspection)
      if inputs.verbose { VerboseLog.trace(inspection, origins: origins) }
      totals.records += 1
      if inspection.error != nil { totals.undecodable += 1 }
      switch inspection.signature.status {
      case .invalid: totals.invalid += 1
      case .notChecked: totals.notChecked += 1
      case .valid: break
      }
      switch format {
      case .text:
        if totals.records > 1 { Output.line("") }
        Output.write(record.rendered)
      case .ndjson:
        Output.line(record.rendered)
      case .json:
        if let first = pendingJSON {
          Output.write("[\n" + first)
          pendingJSON = nil
          openedArray = true
        }
        if openedArray {
          Output.write(",\n" + record.rendered)
        } else {
          pendingJSON = record.rendered
        }
      }
    }
    if let single = pendingJSON { Output.line(single) }
    if format == .json && totals.records == 0 { Output.line("[]") }
    if openedArray { Output.line("\n]") }
    Output.flush()
    if summary.total > 1 { summary.finish() }
    return totals
  }

  /// The per-input rendering. Safe to run on any thread.
  private func renderer() -> @Sendable (LintedInput) -> Record {
    let format = format
    let now = pipeline.settings.now
    let showToken = showToken
    let text = TextRenderer(
      now: now, style: TextStyle(color: Output.colorEnabled), showToken: showToken)
    return { linted in
      let rendered: String
      switch format {
      case .text:
        rendered = text.render(
          linted.inspection, findings: linted.findings, diagnosis: linted.diagnosis)
      case .ndjson:
        rendered = JSONRenderer.line(document(linted, now: now, showToken: showToken))
      case .json:
        rendered = JSONRenderer.pretty(document(linted, now: now, showToken: showToken))
      }
      return Record(inspection: linted.inspection, rendered: rendered)
    }
  }
}

private func document(_ linted: LintedInput, now: UInt64, showToken: Bool) -> InspectionDocument {
  InspectionDocument(
    linted.inspection, now: now, showToken: showToken, findings: linted.findings,
    diagnosis: linted.diagnosis)
}
