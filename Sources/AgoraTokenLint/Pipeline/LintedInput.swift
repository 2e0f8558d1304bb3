import AgoraToken

/// One input after the whole pipeline: the inspection (raw input, repairs, token, verification,
/// identity checks and facts), the lint findings and the diagnosis. What every renderer prints.
public struct LintedInput: Sendable {
  /// The inspection record (source, raw input, repairs, decoded token or error, signature).
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
