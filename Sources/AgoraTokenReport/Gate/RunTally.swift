import AgoraToken
import AgoraTokenLint

/// What a run judged, counted per input: signatures, decoding, validity in time and findings.
///
/// The stderr summary of `inspect`, `verify` and `lint` renders it, so the counts match what the
/// report and the exit code say (an expired token with a valid signature is counted as both).
public struct RunTally: Sendable, Equatable {
  /// Inputs seen.
  public private(set) var inputs = 0
  /// Signatures that verified.
  public private(set) var signatureValid = 0
  /// Signatures that none of the certificates reproduced.
  public private(set) var signatureInvalid = 0
  /// Decoded tokens whose signature was not checked (no certificate, or 006 identity missing).
  public private(set) var signatureNotChecked = 0
  /// Inputs that did not decode.
  public private(set) var undecodable = 0
  /// Tokens expired at the time judged (AT201).
  public private(set) var expired = 0
  /// Tokens not yet valid at the time judged (AT202).
  public private(set) var notYetValid = 0
  /// Tokens that will no longer be valid after the `--expires-within` window (AT205).
  public private(set) var expiringWithinWindow = 0
  /// Findings by severity.
  public private(set) var findings = FindingTally()
  /// Inputs that needed a repair before they decoded.
  public private(set) var repaired = 0
  /// Inputs recognised as something other than an Agora token.
  public private(set) var recognized = 0
  /// Findings per rule, keyed by rule code; each entry holds the rule's name and its count.
  public private(set) var rules: [String: RuleCount] = [:]

  /// How often one rule fired in a run.
  public struct RuleCount: Sendable, Equatable, Encodable {
    /// The rule code, for example `AT201`.
    public let code: String
    /// The rule name, for example `token_expired`.
    public let name: String
    /// The rule's severity.
    public let severity: Severity
    /// The number of findings.
    public internal(set) var count: Int
  }

  /// An empty tally.
  public init() {}

  /// Counts one input and the findings judged for it.
  public mutating func add(_ inspection: Inspection, findings judged: [Finding]) {
    inputs += 1
    if inspection.error != nil {
      undecodable += 1
    } else {
      switch inspection.signature.status {
      case .valid: signatureValid += 1
      case .invalid: signatureInvalid += 1
      case .notChecked: signatureNotChecked += 1
      }
    }
    switch ValidityVerdict(judged) {
    case .expired: expired += 1
    case .notYetValid: notYetValid += 1
    case .current: break
    }
    if ValidityVerdict.expiresWithinWindow(judged) { expiringWithinWindow += 1 }
    findings.add(judged)
    for finding in judged {
      rules[
        finding.code,
        default: RuleCount(
          code: finding.code, name: finding.name, severity: finding.severity, count: 0)
      ].count += 1
    }
    if !inspection.repairs.isEmpty { repaired += 1 }
    if inspection.recognition != nil { recognized += 1 }
  }

  /// One line, for example
  /// `agtoken: 3 inputs: signature 1 valid, 1 invalid; 1 not decoded; 1 expired; 4 findings (2 errors, 1 warning, 1 info)`.
  /// - Parameter countFindings: whether to add the findings part (every command judges findings,
  ///   but `inspect` and `verify` show them for information).
  public func render(countFindings: Bool = true) -> String {
    var groups: [String] = []
    let signature = [
      (signatureValid, "valid"), (signatureInvalid, "invalid"),
      (signatureNotChecked, "not checked"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    if !signature.isEmpty { groups.append("signature " + signature.joined(separator: ", ")) }
    if undecodable > 0 { groups.append("\(undecodable) not decoded") }
    let time = [
      (expired, "expired"), (notYetValid, "not yet valid"),
      (expiringWithinWindow, "expiring within the window"),
    ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    if !time.isEmpty { groups.append(time.joined(separator: ", ")) }
    if countFindings { groups.append(findings.summary) }
    var line = "agtoken: \(inputs) input\(inputs == 1 ? "" : "s")"
    if !groups.isEmpty { line += ": " + groups.joined(separator: "; ") }
    var notes: [String] = []
    if repaired > 0 { notes.append("\(repaired) repaired") }
    if recognized > 0 { notes.append("\(recognized) not Agora tokens") }
    if !notes.isEmpty { line += " (" + notes.joined(separator: ", ") + ")" }
    return line
  }
}
