import AgoraToken
import AgoraTokenReport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts the records of a batch by status and reports them on stderr; shows progress on a TTY.
///
/// Usage: call ``add(_:)`` for every record as it is written, then ``finish()`` once. Statuses
/// are those of ``InspectionDocument/status(of:)`` (`valid`, `invalid`, `not_checked`, `error`).
struct BatchSummary {
  /// The status names in the order the summary lists them.
  static let statusOrder = ["valid", "invalid", "not_checked", "error"]

  private(set) var total = 0
  private(set) var counts: [String: Int] = [:]
  private(set) var repaired = 0
  private(set) var recognized = 0
  private var progress = Progress()

  /// Counts one record.
  mutating func add(_ inspection: Inspection) {
    total += 1
    counts[InspectionDocument.status(of: inspection), default: 0] += 1
    if !inspection.repairs.isEmpty { repaired += 1 }
    if inspection.recognition != nil { recognized += 1 }
    progress.tick(total)
  }

  /// The count of records with `status`.
  func count(_ status: String) -> Int { counts[status, default: 0] }

  /// One line, for example `agtoken: 5 inputs: 2 valid, 1 invalid, 1 not_checked, 1 error (2 repaired)`.
  func render() -> String {
    let known = Self.statusOrder.filter { count($0) > 0 }.map { "\(count($0)) \($0)" }
    let others = counts.keys.filter { !Self.statusOrder.contains($0) }.sorted().map {
      "\(count($0)) \($0)"
    }
    var line = "agtoken: \(total) input\(total == 1 ? "" : "s")"
    let parts = known + others
    if !parts.isEmpty { line += ": " + parts.joined(separator: ", ") }
    var notes: [String] = []
    if repaired > 0 { notes.append("\(repaired) repaired") }
    if recognized > 0 { notes.append("\(recognized) not Agora tokens") }
    if !notes.isEmpty { line += " (" + notes.joined(separator: ", ") + ")" }
    return line
  }

  /// Clears any progress line and writes ``render()`` to stderr.
  mutating func finish() {
    progress.clear()
    Output.standardError(render())
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
