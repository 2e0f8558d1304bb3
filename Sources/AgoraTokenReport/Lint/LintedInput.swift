import AgoraToken
import AgoraTokenLint

/// One input after inspection and lint: what the lint renderers print.
public struct LintedInput: Sendable {
  /// The inspection record (source, fingerprint, decoded token or error).
  public let inspection: Inspection
  /// The findings, in rule-code order.
  public let findings: [Finding]
  /// The diagnosis statements (``Diagnoser``), in vocabulary order.
  public let diagnosis: [Diagnosis]

  /// Pairs an inspection with its findings and diagnosis.
  public init(inspection: Inspection, findings: [Finding], diagnosis: [Diagnosis] = []) {
    self.inspection = inspection
    self.findings = findings
    self.diagnosis = diagnosis
  }

  /// The input's location for people: `file:line`, `stdin:line` or `argument N`.
  public var location: String {
    switch inspection.source.file {
    case "argument": "argument \(inspection.source.line)"
    case "-": "stdin:\(inspection.source.line)"
    default: "\(inspection.source.file):\(inspection.source.line)"
    }
  }
}

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
