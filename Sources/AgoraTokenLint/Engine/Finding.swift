/// One lint finding: a rule that fired on one token.
///
/// The members follow the lint output conventions of ruff and zlint: a stable code plus a name,
/// a severity, a help text and a link. `AgoraTokenReport` writes it as JSON.
public struct Finding: Sendable, Equatable {
  /// The rule code, `AT` + 3 digits (for example `AT201`).
  public var code: String
  /// The rule's snake_case name (for example `token_expired`).
  public var name: String
  /// How serious it is.
  public var severity: Severity
  /// What is wrong with this token, in one sentence.
  public var message: String
  /// How to fix it.
  public var help: String
  /// The documentation page or reference file behind the rule.
  public var url: String
  /// The token field to blame, when one is; a report shows it as a JSON pointer into its `token`
  /// object (for example `/services/0/privileges/1`), or `""` when there is none.
  public var field: FieldPath?
  /// The offending value, typed (a number for times and ids), when there is one.
  public var value: FindingValue?
  /// The value the rule expected, typed, when one applies: the bound for a limit (`expected` 86400
  /// with `unit` `seconds` for "at most 24 hours"); the message says how it compares.
  public var expected: FindingValue?
  /// The unit of ``value`` and ``expected``, when they are measured.
  public var unit: FindingUnit?
  /// The Agora error codes this problem causes (for example 109 expired, 110 invalid), when known.
  public var agoraErrorCodes: [Int]?

  /// Creates a finding.
  public init(
    code: String, name: String, severity: Severity, message: String, help: String, url: String,
    field: FieldPath? = nil, value: FindingValue? = nil, expected: FindingValue? = nil,
    unit: FindingUnit? = nil, agoraErrorCodes: [Int]? = nil
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.message = message
    self.help = help
    self.url = url
    self.field = field
    self.value = value
    self.expected = expected
    self.unit = unit
    self.agoraErrorCodes = agoraErrorCodes
  }
}
