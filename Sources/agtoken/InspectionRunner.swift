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

  /// Counts of what the run saw, for the exit code.
  struct Totals {
    var records = 0
    var undecodable = 0
    var invalid = 0
    var notChecked = 0
  }

  /// Runs every input from `inputs` and returns the totals.
  func run(_ inputs: TokenInputOptions) throws -> Totals {
    var totals = Totals()
    var pendingJSON: String?
    var openedArray = false
    let text = TextRenderer(
      now: now, style: TextStyle(color: Output.colorEnabled), showToken: showToken)
    let linter = Linter()
    try inputs.forEachInput { raw, source in
      let inspection = inspector.inspect(raw, source: source)
      totals.records += 1
      if inspection.error != nil { totals.undecodable += 1 }
      switch inspection.signature.status {
      case .invalid: totals.invalid += 1
      case .notChecked: totals.notChecked += 1
      case .valid: break
      }
      let findings = linter.lint(inspection, context: lintContext)
      switch format {
      case .text:
        if totals.records > 1 { Output.line("") }
        Output.write(text.render(inspection, findings: findings))
      case .ndjson:
        Output.line(
          JSONRenderer.line(
            InspectionDocument(inspection, now: now, showToken: showToken, findings: findings)))
        Output.flush()
      case .json:
        let document = JSONRenderer.pretty(
          InspectionDocument(inspection, now: now, showToken: showToken, findings: findings))
        if let first = pendingJSON {
          Output.write("[\n" + first)
          pendingJSON = nil
          openedArray = true
        }
        if openedArray {
          Output.write(",\n" + document)
        } else {
          pendingJSON = document
        }
      }
    }
    if let single = pendingJSON { Output.line(single) }
    if openedArray { Output.line("\n]") }
    Output.flush()
    return totals
  }
}
