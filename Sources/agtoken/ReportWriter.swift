import AgoraToken
import AgoraTokenLint
import AgoraTokenReport

/// Writes the records of `inspect` and `verify` in input order, in any ``ReportFormat``.
///
/// Usage: ``emit(_:)`` for every record (rendered by ``render(_:now:showToken:text:)``), then
/// ``finish()`` once. `json` prints one object for one record and an array otherwise;
/// `json-array` always prints an array (`[]` for no input); `sarif` collects and prints one log.
struct ReportWriter {
  let format: ReportFormat
  private var records = 0
  private var pendingJSON: String?
  private var openedArray = false
  private var collected: [LintedInput] = []

  init(format: ReportFormat) { self.format = format }

  /// The text of one record in `format`; empty for `sarif`, which is written by ``finish()``.
  static func render(
    _ linted: LintedInput, format: ReportFormat, now: UInt64, showToken: Bool, text: TextRenderer
  ) -> String {
    func document() -> InspectionDocument {
      InspectionDocument(
        linted.inspection, now: now, showToken: showToken, findings: linted.findings,
        diagnosis: linted.diagnosis)
    }
    switch format {
    case .text:
      return text.render(linted.inspection, findings: linted.findings, diagnosis: linted.diagnosis)
    case .ndjson: return JSONRenderer.line(document())
    case .json, .jsonArray: return JSONRenderer.pretty(document())
    case .github: return GitHubRenderer.render(linted)
    case .sarif: return ""
    }
  }

  /// Writes one record.
  mutating func emit(_ rendered: String, linted: LintedInput) {
    records += 1
    switch format {
    case .text:
      if records > 1 { Output.line("") }
      Output.write(rendered)
    case .ndjson:
      Output.line(rendered)
    case .github:
      Output.write(rendered)
    case .sarif:
      collected.append(linted)
    case .jsonArray:
      Output.write((records == 1 ? "[\n" : ",\n") + rendered)
    case .json:
      if let first = pendingJSON {
        Output.write("[\n" + first)
        pendingJSON = nil
        openedArray = true
      }
      if openedArray {
        Output.write(",\n" + rendered)
      } else {
        pendingJSON = rendered
      }
    }
  }

  /// Closes the document: the single `json` object, the array's end, or the SARIF log.
  mutating func finish() {
    switch format {
    case .json:
      if let single = pendingJSON { Output.line(single) }
      if records == 0 { Output.line("[]") }
      if openedArray { Output.line("\n]") }
    case .jsonArray:
      Output.line(records == 0 ? "[]" : "\n]")
    case .sarif:
      Output.write(SARIFRenderer.render(collected, version: AgTokenVersion.current))
    case .text, .ndjson, .github:
      break
    }
    Output.flush()
  }
}
