import ArgumentParser

/// The report formats of `inspect`, `verify` and `lint` (`--format`); for `lint`, `json` is
/// always an array, like `json-array`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  /// For people.
  case text
  /// One JSON document, or an array of them for several tokens.
  case json
  /// Always one JSON array of documents, even for one token or none: the shape scripts can trust.
  case jsonArray = "json-array"
  /// One JSON document per line, flushed per line.
  case ndjson
  /// SARIF 2.1.0 for code-scanning tools: one log with every finding.
  case sarif
  /// GitHub Actions workflow commands, one per finding.
  case github
}
