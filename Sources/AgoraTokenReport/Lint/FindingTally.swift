import AgoraToken
import AgoraTokenLint

/// Counts findings by severity, for summaries.
public struct FindingTally: Sendable, Equatable {
  /// Error findings.
  public var errors = 0
  /// Warning findings.
  public var warnings = 0
  /// Info findings.
  public var infos = 0

  /// An empty tally.
  public init() {}

  /// Adds findings.
  public mutating func add(_ findings: [Finding]) {
    for finding in findings {
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
  }

  /// `3 findings (1 error, 1 warning, 1 info)`.
  public var summary: String {
    let total = errors + warnings + infos
    let parts = [
      plural(errors, "error"), plural(warnings, "warning"), "\(infos) info",
    ]
    return "\(plural(total, "finding")) (\(parts.joined(separator: ", ")))"
  }

  private func plural(_ count: Int, _ word: String) -> String {
    "\(count) \(word)\(count == 1 ? "" : "s")"
  }
}
