/// The token field a finding or a diagnosis statement points at, named by where it sits in the
/// decoded token rather than by how a report lays it out.
///
/// Lint rules and statements build these; `AgoraTokenReport` turns one into a JSON pointer into
/// the report's `token` object (`FieldPath.jsonPointer`), so only the report knows its own layout.
/// Field names follow `shared/vectors/README.md` ("The 007 format", "The 006 format").
public enum FieldPath: Sendable, Hashable {
  /// A field of the token itself: the 007 header, the 006 body or a legacy key.
  case token(TokenField)
  /// One service of a 007 token, by its position in the token (0-based).
  case service(Int)
  /// A field of one service of a 007 token, by the service's position.
  case serviceField(Int, ServiceField)
  /// One privilege of a 007 service: the service's position and the privilege id.
  case privilege(service: Int, id: UInt16)
  /// One privilege of a 006 token's privilege map, by id.
  case privilege006(UInt16)
}

/// A field of the token itself, across versions.
public enum TokenField: Sendable, Hashable {
  /// The format version (`007`, `006`, a legacy prefix).
  case version
  /// `app_id`.
  case appID
  /// 007 `issue_ts` (Unix seconds).
  case issueTs
  /// 007 `expire` (seconds relative to `issue_ts`).
  case expire
  /// The salt (007 and 006).
  case salt
  /// The HMAC signature.
  case signature
  /// 007: the service count.
  case serviceCount
  /// 007: the service list as a whole.
  case services
  /// Bytes after the last field the format defines.
  case trailingBytes
  /// 007: when the token expires, `issue_ts + expire` (derived, Unix seconds).
  case expiresAt
  /// 006 `ts`: when the token expires (Unix seconds).
  case ts
  /// A legacy key's `expired_ts` (Unix seconds).
  case expiredTs
  /// 006 `crc_channel_name`.
  case crcChannelName
  /// 006 `crc_uid`.
  case crcUID
  /// 006: the whole privilege map.
  case privileges
}

/// A field of one 007 service; the raw value and the description are the field's name as the
/// vectors spell it (`channel_name`, `uid`, `account`, `user_id`, `privileges`).
public enum ServiceField: String, Sendable, Hashable, CustomStringConvertible {
  /// RTC, Streaming, FCDN: the channel name.
  case channelName = "channel_name"
  /// RTC: the uid text.
  case uid
  /// Streaming, FCDN: the account.
  case account
  /// RTM, RTM2, Chat: the user id.
  case userID = "user_id"
  /// The service's privilege map.
  case privileges

  /// The field's name, as the vectors spell it.
  public var description: String { rawValue }
}
