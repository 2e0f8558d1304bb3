/// One repair the input pipeline applied, named as in `shared/vectors/README.md` ("Repairs").
///
/// Made by the library (it has no public initialiser); read its members.
public struct AppliedRepair: Sendable, Equatable, Codable {
  /// The repair's name (`trim_whitespace`, `strip_quotes`, ..., `drop_trailing_zlib_data`; see
  /// ``InputRepair/stepNames``). A JSON-escaped `\/` is an after-fix (``AfterFix``), not a repair.
  public var name: String
  /// What was changed, in words, for people.
  public var detail: String
}

/// What an input that is not an Agora token turned out to be.
public struct Recognition: Sendable, Equatable {
  /// A distinct error kind for JSON: `hex32`, `chat_rest_token`, `jwt`, ... .
  public var kind: String
  /// A sentence that says what the input is and what to do.
  public var message: String
  /// Fields that could be read from it, by name, each marked inferred or not.
  public var fields: [(name: String, value: String, inferred: Bool)]

  /// Creates a recognition.
  public init(
    kind: String, message: String, fields: [(name: String, value: String, inferred: Bool)] = []
  ) {
    self.kind = kind
    self.message = message
    self.fields = fields
  }

  /// Compares kind, message and field names and values.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.kind == rhs.kind && lhs.message == rhs.message
      && lhs.fields.map { "\($0.name)=\($0.value)/\($0.inferred)" }
        == rhs.fields.map { "\($0.name)=\($0.value)/\($0.inferred)" }
  }
}
