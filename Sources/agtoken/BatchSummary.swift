import AgoraToken
import AgoraTokenLint
import AgoraTokenReport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts the records of a batch by what the command judged and reports them on stderr; shows
/// progress on a TTY. `--quiet` (`quiet`) silences both.
///
/// Usage: call ``add(_:findings:)`` for every record as it is written, then ``finish()`` once.
/// The counts are those of ``RunTally`` (signature, decoding, expiry, findings by severity).
struct BatchSummary {
  private(set) var tally = RunTally()
  private var progress = Progress()
  private let quiet: Bool
  private let countFindings: Bool

  /// - Parameters:
  ///   - quiet: print nothing (`--quiet`).
  ///   - countFindings: add the findings by severity to the line.
  init(quiet: Bool = false, countFindings: Bool = true) {
    self.quiet = quiet
    self.countFindings = countFindings
  }

  /// The number of records counted.
  var total: Int { tally.inputs }

  /// Counts one record and the findings judged for it.
  mutating func add(_ inspection: Inspection, findings: [Finding] = []) {
    tally.add(inspection, findings: findings)
    if !quiet { progress.tick(total) }
  }

  /// One line, for example `agtoken: 5 inputs: signature 2 valid, 1 invalid; 1 not decoded; ...`.
  func render() -> String { tally.render(countFindings: countFindings) }

  /// Clears any progress line and writes ``render()`` to stderr, unless quiet.
  mutating func finish() {
    progress.clear()
    if !quiet { Output.standardError(render()) }
  }
}

/// A progress line on stderr, only when stderr is a terminal and the work has run over a second.
private struct Progress {
  private let enabled = isatty(STDERR_FILENO) == 1
  private let clock = ContinuousClock()
  private let start = ContinuousClock().now
  private var lastDraw: ContinuousClock.Instant?
  private var shown = false

  /// Redraws at most five times a second; reads the clock only every 64 records.
  mutating func tick(_ count: Int) {
    guard enabled, count % 64 == 0 else { return }
    let now = clock.now
    guard now - start > .seconds(1) else { return }
    if let lastDraw, now - lastDraw < .milliseconds(200) { return }
    lastDraw = now
    shown = true
    Output.flush()
    draw("\r\u{1B}[Kagtoken: \(count) inputs read…")
  }

  /// Erases the progress line if one was drawn.
  mutating func clear() {
    guard shown else { return }
    shown = false
    draw("\r\u{1B}[K")
  }

  private func draw(_ text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      _ = write(STDERR_FILENO, base, raw.count)
    }
  }
}
