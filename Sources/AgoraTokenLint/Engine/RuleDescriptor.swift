/// The group a rule belongs to; its code's hundreds digit says the same.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
  /// 1xx: the token's structure and encoding, judged from the decoded fields alone.
  case structure
  /// 2xx: lifetimes and expiry; some rules need `--now`.
  case time
  /// 3xx: identity and limits: channel, uid, account, app id, expected services.
  case identity
  /// 4xx: the signature and the credentials behind it.
  case signature
  /// 5xx: token versions and legacy formats.
  case version
}

/// What a rule is: its stable code and name, default severity, texts and source.
///
/// Codes are `AT` + 3 digits, grouped by ``RuleCategory``. Names are snake_case and, where
/// `shared/vectors/README.md` ("Lint codes") names a check, they are spelled exactly as there.
public struct RuleDescriptor: Sendable, Equatable, Codable {
  /// `AT` + 3 digits, for example `AT201`.
  public let code: String
  /// The snake_case name, for example `token_expired`.
  public let name: String
  /// The severity findings get unless configured otherwise.
  public let severity: Severity
  /// The group.
  public let category: RuleCategory
  /// Whether the rule is one of the decoded-field checks of the vectors README ("Lint codes"),
  /// whose names appear in each vector's `expected.lint`; plus `trailing_bytes` and `repaired_input`.
  public let structural: Bool
  /// One line saying what the rule detects.
  public let summary: String
  /// Why it matters, in a few sentences.
  public let explanation: String
  /// How to fix the token or its builder.
  public let fix: String
  /// The Agora document URL or reference file the rule is derived from.
  public let source: String
  /// The Agora error codes the problem causes (109 token expired, 110 invalid token), when known.
  public let agoraErrorCodes: [Int]?

  /// Creates a descriptor.
  public init(
    code: String, name: String, severity: Severity, category: RuleCategory,
    structural: Bool = false, summary: String, explanation: String, fix: String, source: String,
    agoraErrorCodes: [Int]? = nil
  ) {
    self.code = code
    self.name = name
    self.severity = severity
    self.category = category
    self.structural = structural
    self.summary = summary
    self.explanation = explanation
    self.fix = fix
    self.source = source
    self.agoraErrorCodes = agoraErrorCodes
  }

  /// A finding of this rule, with its severity, help text, URL and error codes filled in.
  /// - Parameters:
  ///   - message: what is wrong with this token, in one sentence.
  ///   - field: the token field to blame, when one is.
  ///   - value: the offending value, typed.
  ///   - expected: the value (or bound) the rule expected, typed, when one applies.
  ///   - unit: the unit of both, when they are measured (`seconds`, `unix_time`, ...).
  public func finding(
    _ message: String, field: FieldPath? = nil, value: FindingValue? = nil,
    expected: FindingValue? = nil, unit: FindingUnit? = nil
  ) -> Finding {
    Finding(
      code: code, name: name, severity: severity, message: message, help: fix, url: source,
      field: field, value: value, expected: expected, unit: unit, agoraErrorCodes: agoraErrorCodes)
  }

  enum CodingKeys: String, CodingKey {
    case code, name, severity, category, structural, summary, explanation, fix, source
    case agoraErrorCodes = "agora_error_codes"
  }
}
