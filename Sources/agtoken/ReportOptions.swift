import ArgumentParser

/// `--format` and `--now`, shared by `inspect` and `verify`.
struct ReportOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: "Output format: text, json, json-array, ndjson, sarif or github.")
  var format: ReportFormat = .text

  @Option(
    help: ArgumentHelp(
      "Judge expiry at this time (Unix seconds, or ISO 8601 with a zone) instead of the clock.",
      valueName: "time"),
    transform: TimePoint.parse)
  var now: TimePoint?
}
