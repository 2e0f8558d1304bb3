/// Something a line holds that may be a leak, before it is judged.
struct Sighting: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Text that the token extraction picked out; `wrapped` is the same token with the lines
    /// that continue it appended, when it reaches the end of its line.
    case token(wrapped: String?)
    /// 32 hexadecimal characters; `key` is the certificate-like name assigned to them, or `nil`
    /// for a bare value, which is reported only if it verifies a token.
    case certificate(key: String?)
    /// 32 hexadecimal characters assigned to an App ID name.
    case appID(key: String)
  }

  var kind: Kind
  /// The text found (the token or the hex value). Never printed.
  var value: String
  /// 1-based line.
  var line: Int
  /// 1-based column, in UTF-16 code units as SARIF counts by default.
  var column: Int
}
