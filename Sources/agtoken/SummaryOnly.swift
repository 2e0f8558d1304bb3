import AgoraTokenReport
import ArgumentParser

/// `--summary-only`: the run's counts on stdout instead of a report per input, for CI gates over
/// big files. Text, or JSON (``RunSummaryDocument``) for the JSON formats; `sarif` has no form.
enum SummaryOnly {
  /// The form the summary takes.
  enum Form {
    /// ``RunSummaryDocument/text(_:)``.
    case text
    /// Pretty-printed JSON (`json`, `json-array`).
    case pretty
    /// One JSON line (`ndjson`).
    case line

    /// The form for a `--format` of `inspect`, `verify` or `lint`.
    /// - Throws: `ValidationError` for `sarif`.
    init(_ format: ReportFormat) throws {
      switch format {
      case .text, .github: self = .text
      case .json, .jsonArray: self = .pretty
      case .ndjson: self = .line
      case .sarif: throw SummaryOnly.noSARIF
      }
    }
  }

  static let noSARIF = ValidationError(
    "--summary-only writes text or JSON; use -f text, json, json-array or ndjson")

  /// Writes the summary of `tally` and flushes.
  static func write(_ tally: RunTally, as form: Form) {
    switch form {
    case .pretty: Output.line(JSONRenderer.pretty(RunSummaryDocument(tally)))
    case .line: Output.line(JSONRenderer.line(RunSummaryDocument(tally)))
    case .text: Output.write(RunSummaryDocument.text(tally))
    }
    Output.flush()
  }
}
