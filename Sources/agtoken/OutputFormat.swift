import ArgumentParser

/// The report formats of `inspect` and `verify`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  /// For people.
  case text
  /// One JSON document, or an array of them for several tokens.
  case json
  /// One JSON document per line, flushed per line.
  case ndjson
}
