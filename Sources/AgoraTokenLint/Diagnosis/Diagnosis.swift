/// One statement about why a token fails, in the vocabulary of `shared/cases/README.md`
/// ("Diagnosis vocabulary"), with a sentence for people.
///
/// ``statement`` is the machine-readable name (for example `uid_is_string_account`); it never
/// changes spelling. ``message`` is adapted to the token's facts and the context given.
public struct Diagnosis: Sendable, Equatable, Codable {
  /// The statement's name, exactly as the vocabulary spells it.
  public var statement: String
  /// What the statement means for this token, and what to do, in one or two sentences.
  public var message: String
  /// A JSON pointer into the report's `token` object (for example `/services/0/uid`), when one
  /// field is to blame.
  public var field: String?

  /// Creates a diagnosis.
  public init(_ statement: String, _ message: String, field: String? = nil) {
    self.statement = statement
    self.message = message
    self.field = field
  }

  /// The JSON member names: `statement`, `message`, `field`.
  public enum CodingKeys: String, CodingKey {
    case statement, message, field
  }

  /// Encodes the statement as one JSON object; `field` is left out when absent.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try encode(into: &container)
  }

  /// Writes the members into `container`, so a report can nest the statement as a nested
  /// container (cheaper than JSONEncoder's generic path for a nested value). Throws what the
  /// container throws.
  public func encode(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
    // In key order, which a streaming writer need not sort.
    try container.encodeIfPresent(field, forKey: .field)
    try container.encode(message, forKey: .message)
    try container.encode(statement, forKey: .statement)
  }
}
