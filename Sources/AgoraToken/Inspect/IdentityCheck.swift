/// One comparison of the token with a value the client uses.
///
/// Source: `identity_checks` in `shared/cases/README.md`. 006 compares CRC-32s of the channel and
/// uid with `crc_channel_name` and `crc_uid`; 007 compares the text of its RTC/RTM fields.
public struct IdentityCheck: Sendable, Equatable {
  /// What was compared: `channel_name`, `uid`, `user_id`, `app_id`.
  public var field: String
  /// The client's value.
  public var expected: String
  /// The token's value (007), or its CRC as decimal text (006).
  public var actual: String
  /// Whether they match.
  public var matches: Bool
  /// A sentence for people, including any variant (case, whitespace) that would match.
  public var note: String?
  /// A variant of the client's value that matches, when only a variant does.
  public var matchingVariant: String?

  /// Creates a check.
  public init(
    field: String, expected: String, actual: String, matches: Bool, note: String? = nil,
    matchingVariant: String? = nil
  ) {
    self.field = field
    self.expected = expected
    self.actual = actual
    self.matches = matches
    self.note = note
    self.matchingVariant = matchingVariant
  }
}
