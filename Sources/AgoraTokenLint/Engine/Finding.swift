/// One lint finding: a rule that fired on one token.
///
/// The members follow the lint output conventions of ruff and zlint: a stable code plus a name,
/// a severity, a help text and a link.
public struct Finding: Sendable, Equatable, Codable {
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
  /// A JSON pointer into the report's `token` object (for example `/services/0/privileges/1`), or `""`.
  public var field: String
  /// The offending value, as text, when there is one.
  public var value: String?
  /// The value the rule expected, when one applies.
  public var expected: String?
  /// The Agora error codes this problem causes (for example 109 expired, 110 invalid), when known.
  public var agoraErrorCodes: [Int]?

  /// Creates a finding.
  public init(
    code: String, name: String, severity: Severity, message: String, help: String, url: String,
    field: String = "", value: String? = nil, expected: String? = nil, agoraErrorCodes: [Int]? = nil
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
    self.agoraErrorCodes = agoraErrorCodes
  }

  enum CodingKeys: String, CodingKey {
    case code, name, severity, message, help, url, field, value, expected
    case agoraErrorCodes = "agora_error_codes"
  }
}
