/// Who an RTC, Streaming or FCDN service is for: a numeric uid or a string account.
///
/// Source: `ServiceRtc.__init__` / `ServiceStreaming.__init__` in `python3/src/AccessToken2.py`:
/// a numeric uid is packed as its decimal string and uid 0 as the empty string (any user may
/// join); an account is packed as given, so the account `"0"` stays `"0"`.
public enum TokenUser: Hashable, Sendable {
  /// An unsigned 32-bit uid; 0 means any uid.
  case uid(UInt32)
  /// A string user account (at most 255 bytes by Agora's documentation).
  case account(String)

  /// The text that goes into the token: `""` for uid 0, the decimal uid, or the account.
  public var packed: String {
    switch self {
    case .uid(let value): value == 0 ? "" : String(value)
    case .account(let text): text
    }
  }

  /// A uid from any integer, refusing values outside 0...4294967295.
  /// - Throws: ``BuildError`` of kind `uid_out_of_range`.
  public static func checkedUID(_ value: some BinaryInteger) throws(BuildError) -> TokenUser {
    .uid(try checkedUIDValue(value))
  }

  /// The uid as `UInt32`, refusing values outside 0...4294967295 (agtoken's own check; the
  /// reference builders pack any integer's decimal text).
  /// - Throws: ``BuildError`` of kind `uid_out_of_range`.
  public static func checkedUIDValue(_ value: some BinaryInteger) throws(BuildError) -> UInt32 {
    guard let uid = UInt32(exactly: value) else {
      throw BuildError(
        .uidOutOfRange, field: "uid",
        "uid \(value) is outside 0...4294967295: Agora uids are unsigned 32-bit integers; use 0 to let any uid join, or pass a string account instead"
      )
    }
    return uid
  }
}
