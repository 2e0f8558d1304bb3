/// What kind of value a 007 uid (or Streaming/FCDN account) field holds.
///
/// The builders pack an integer uid as its decimal text and uid 0 as `""` (`ServiceRtc.__init__`
/// in `python3/src/AccessToken2.py`); a user account is packed as given. So the text `"0"` is an
/// account named "0", not the wildcard.
enum UIDKind: Equatable {
  /// `""`: built for uid 0, so any integer uid may join.
  case wildcard
  /// A decimal uid 1...4294967295 without leading zeros.
  case numeric(UInt32)
  /// The one-character string `"0"`: an account, not the wildcard.
  case stringZero
  /// Any other text: a string user account.
  case account

  /// Classifies a uid text.
  init(_ text: String) {
    if text.isEmpty {
      self = .wildcard
    } else if text == "0" {
      self = .stringZero
    } else if let value = UInt32(text), String(value) == text {
      self = .numeric(value)
    } else {
      self = .account
    }
  }

  /// A phrase for messages, such as `the empty wildcard ("" = uid 0, any user)`.
  func describe(_ text: String) -> String {
    switch self {
    case .wildcard: "the empty wildcard (\"\" = uid 0: any integer uid may join)"
    case .numeric(let value): "the numeric uid \(value)"
    case .stringZero: "the string account \"0\" (not the wildcard: integer uid 0 packs as \"\")"
    case .account:
      isUUIDShaped(text)
        ? "the string account \"\(text)\" (UUID-shaped)" : "the string account \"\(text)\""
    }
  }

  /// Whether `text` looks like a UUID (8-4-4-4-12 hex digits), which no integer uid can equal.
  func isUUIDShaped(_ text: String) -> Bool {
    let groups = text.split(separator: "-", omittingEmptySubsequences: false)
    return groups.map(\.count) == [8, 4, 4, 4, 12]
      && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
  }
}
