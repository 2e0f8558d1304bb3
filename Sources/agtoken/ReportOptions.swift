import ArgumentParser

/// `--format` and `--now` (``NowOption``), shared by `inspect` and `verify`.
struct ReportOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: "Output format: text, json, json-array, ndjson, sarif or github.")
  var format: ReportFormat = .text

  @OptionGroup var time: NowOption
}
