/// One statement about why a token fails, in the vocabulary of `shared/cases/README.md`
/// ("Diagnosis vocabulary"), with a sentence for people.
///
/// `AgoraTokenReport` writes it as JSON (`statement`, `message`, `field`).
///
/// ``statement`` is the machine-readable name (for example `uid_is_string_account`); it never
/// changes spelling. ``message`` is adapted to the token's facts and the context given.
public struct Diagnosis: Sendable, Equatable {
  /// The statement's name, exactly as the vocabulary spells it.
  public var statement: String
  /// What the statement means for this token, and what to do, in one or two sentences.
  public var message: String
  /// The token field to blame, when one is; a report shows it as a JSON pointer (for example
  /// `/services/0/uid`).
  public var field: FieldPath?

  /// Creates a diagnosis.
  public init(_ statement: String, _ message: String, field: FieldPath? = nil) {
    self.statement = statement
    self.message = message
    self.field = field
  }
}
