/// The input repair pipeline of `shared/vectors/README.md` ("Repairs"), applied in its order.
public enum InputRepair {
  /// The repaired text and the repairs applied.
  public struct Result: Sendable, Equatable {
    /// The normalised token text.
    public var text: String
    /// Every step that changed the text, in order.
    public var repairs: [AppliedRepair]
  }

  /// Repairs `raw`. Steps never guess beyond what the vectors README defines.
  public static func repair(_ raw: String, limits: DecodeLimits = .standard) -> Result {
    Result(text: raw, repairs: [])
  }
}
