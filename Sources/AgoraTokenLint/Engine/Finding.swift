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
    field: String = "", value: FindingValue? = nil, expected: FindingValue? = nil,
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

  /// The JSON member names: the property names, `agora_error_codes` for ``agoraErrorCodes``.
  /// `value` and `expected` are JSON numbers, strings or booleans (``FindingValue``).
  public enum CodingKeys: String, CodingKey {
    case code, name, severity, message, help, url, field, value, expected, unit
    case agoraErrorCodes = "agora_error_codes"
  }

  /// Encodes the finding as one JSON object; absent optionals are left out.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try encode(into: &container)
  }

  /// Writes the members into `container`, so a report can nest the finding as a nested container
  /// (cheaper than JSONEncoder's generic path for a nested value). Throws what the container throws.
  public func encode(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
    // In key order, which a streaming writer need not sort.
    if let agoraErrorCodes {
      var codes = container.nestedUnkeyedContainer(forKey: .agoraErrorCodes)
      for code in agoraErrorCodes { try codes.encode(code) }
    }
    try container.encode(code, forKey: .code)
    try container.encodeIfPresent(expected, forKey: .expected)
    try container.encode(field, forKey: .field)
    try container.encode(help, forKey: .help)
    try container.encode(message, forKey: .message)
    try container.encode(name, forKey: .name)
    try container.encode(severity.rawValue, forKey: .severity)
    try container.encodeIfPresent(unit?.rawValue, forKey: .unit)
    try container.encode(url, forKey: .url)
    try container.encodeIfPresent(value, forKey: .value)
  }
}
