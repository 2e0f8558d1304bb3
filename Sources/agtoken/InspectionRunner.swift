import AgoraToken
import AgoraTokenLint
import AgoraTokenReport

/// Streams inputs through the inspection pipeline and writes one report record per input, in order.
struct InspectionRunner {
  let inspector: Inspector
  let format: ReportFormat
  let now: UInt64
  let showToken: Bool
  let lintContext: LintContext
  let diagnosisContext: DiagnosisContext

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
    let render = renderer()
    try ParallelBatch<Record>(jobs: inputs.jobs).run(
      inputs,
      transform: render,
      emit: { record in
        let inspection = record.inspection
        summary.add(inspection)
        if inputs.verbose {
          VerboseLog.trace(inspection, origins: inspector.certificates.map(\.origin))
        }
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
      })
    if let single = pendingJSON { Output.line(single) }
    if format == .json && totals.records == 0 { Output.line("[]") }
    if openedArray { Output.line("\n]") }
    Output.flush()
    if summary.total > 1 { summary.finish() }
    return totals
  }

  /// The per-input work: inspect, lint for information, diagnose, render. Safe to run on any thread.
  private func renderer() -> @Sendable (String, InputSource) -> Record {
    let inspector = inspector
    let format = format
    let now = now
    let showToken = showToken
    let context = lintContext
    let diagnosisContext = diagnosisContext
    let diagnoser = Diagnoser()
    let text = TextRenderer(
      now: now, style: TextStyle(color: Output.colorEnabled), showToken: showToken)
    let linter = Linter()
    return { raw, source in
      let inspection = inspector.inspect(raw, source: source)
      let findings = linter.lint(inspection, context: context)
      let diagnosis = diagnoser.diagnose(
        inspection, findings: findings, context: diagnosisContext, raw: raw)
      let rendered: String
      switch format {
      case .text:
        rendered = text.render(inspection, findings: findings, diagnosis: diagnosis)
      case .ndjson:
        rendered = JSONRenderer.line(
          InspectionDocument(
            inspection, now: now, showToken: showToken, findings: findings, diagnosis: diagnosis))
      case .json:
        rendered = JSONRenderer.pretty(
          InspectionDocument(
            inspection, now: now, showToken: showToken, findings: findings, diagnosis: diagnosis))
      }
      return Record(inspection: inspection, rendered: rendered)
    }
  }
}
