import ArgumentParser

/// `--now`, the instant a command judges tokens at, shared by `inspect`, `verify`, `lint`,
/// `scan` and `build --format json`: one flag, one parse (``TimePoint``), one fallback to the
/// clock.
struct NowOption: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Judge at this instant instead of the clock: Unix seconds, or ISO 8601 with a zone.",
      valueName: "time"),
    transform: TimePoint.parse)
  var now: TimePoint?

  /// The instant judged, Unix seconds: `--now`, else the clock, read at this call.
  func moment() -> UInt64 { (now ?? TimePoint.current).seconds }
}
