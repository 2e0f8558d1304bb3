import AgoraToken
import AgoraTokenLint

/// The `--summary-only` report of a run: the counts of ``RunTally`` and the findings per rule,
/// without a record per input. For CI gates over big files: the exit code is the command's usual.
///
/// JSON keys are snake_case and stable: `schema_version`, `inputs`, `signature` (`valid`,
/// `invalid`, `not_checked`), `not_decoded`, `expired`, `not_yet_valid`,
/// `expiring_within_window`, `findings` (`error`, `warning`, `info`), `rules` (`code`, `name`,
/// `severity`, `count`, by code), `repaired` and `not_agora_tokens`.
public struct RunSummaryDocument: Encodable, Sendable {
  /// Signature outcomes.
  public struct Signatures: Encodable, Sendable {
    /// Signatures that verified.
    public let valid: Int
    /// Signatures that no certificate reproduced.
    public let invalid: Int
    /// Decoded tokens whose signature was not checked.
    public let notChecked: Int

    enum CodingKeys: String, CodingKey {
      case valid, invalid
      case notChecked = "not_checked"
    }
  }

  /// Findings by severity.
  public struct Severities: Encodable, Sendable {
    /// Error findings.
    public let error: Int
    /// Warning findings.
    public let warning: Int
    /// Info findings.
    public let info: Int
  }

  /// The report's schema version (1).
  public let schemaVersion = 1
  /// Inputs seen.
  public let inputs: Int
  /// Signature outcomes.
  public let signature: Signatures
  /// Inputs that did not decode.
  public let notDecoded: Int
  /// Tokens expired at the time judged (AT201, AT207).
  public let expired: Int
  /// Tokens not yet valid at the time judged (AT202).
  public let notYetValid: Int
  /// Tokens no longer valid after the `--expires-within` window (AT205).
  public let expiringWithinWindow: Int
  /// Findings by severity.
  public let findings: Severities
  /// Findings per rule, by code.
  public let rules: [RunTally.RuleCount]
  /// Inputs that needed a repair.
  public let repaired: Int
  /// Inputs recognised as something other than an Agora token.
  public let notAgoraTokens: Int

  /// The summary of `tally`.
  public init(_ tally: RunTally) {
    inputs = tally.inputs
    signature = Signatures(
      valid: tally.signatureValid, invalid: tally.signatureInvalid,
      notChecked: tally.signatureNotChecked)
    notDecoded = tally.undecodable
    expired = tally.expired
    notYetValid = tally.notYetValid
    expiringWithinWindow = tally.expiringWithinWindow
    findings = Severities(
      error: tally.findings.errors, warning: tally.findings.warnings, info: tally.findings.infos)
    rules = tally.rules.values.sorted { $0.code < $1.code }
    repaired = tally.repaired
    notAgoraTokens = tally.recognized
  }

  /// The text form: the one-line summary, then one line per rule (`  5  error    AT201
  /// token_expired`).
  public static func text(_ tally: RunTally) -> String {
    var lines = [tally.render(countFindings: true)]
    for rule in tally.rules.values.sorted(by: { $0.code < $1.code }) {
      let count = String(rule.count)
      let padded = String(repeating: " ", count: max(0, 8 - count.count)) + count
      let severity = rule.severity.rawValue
      lines.append(
        padded + "  " + severity + String(repeating: " ", count: max(1, 9 - severity.count))
          + rule.code + " " + rule.name)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case inputs, signature
    case notDecoded = "not_decoded"
    case expired
    case notYetValid = "not_yet_valid"
    case expiringWithinWindow = "expiring_within_window"
    case findings, rules, repaired
    case notAgoraTokens = "not_agora_tokens"
  }
}
