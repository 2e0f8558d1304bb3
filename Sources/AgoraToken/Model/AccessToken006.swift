/// A decoded 006 AccessToken (v1).
///
/// Layout: `"006" + app_id (32 characters) + base64(content)`, where content is
/// `pack_string(signature) + uint32 crc_channel_name + uint32 crc_uid + pack_string(m)` and
/// `m = uint32 salt + uint32 ts + uint16 n + n × (uint16 id + uint32 value)`.
/// Source: `AccessToken.fromString` in `python3/src/AccessToken.py`; `shared/vectors/README.md`
/// ("The 006 format").
///
/// The token stores only CRC-32s of the channel name and uid, so verifying it needs both as inputs.
public struct AccessToken006: Hashable, Sendable {
  /// Always `"006"`.
  public var version: String = "006"
  /// The 32 characters after the version, as written (not validated unless decoding is strict).
  public var appID: String = ""
  /// The HMAC-SHA256 signature (32 bytes in a well-formed token).
  public var signature: [UInt8] = []
  /// CRC-32 (IEEE) of the UTF-8 channel name, or of the RTM user id in an RTM token.
  public var crcChannelName: UInt32 = 0
  /// CRC-32 of the uid text; 0 is `crc32("")`, the uid 0 that lets any user join.
  public var crcUID: UInt32 = 0
  /// The builder's random salt.
  public var salt: UInt32 = 0
  /// The token's own expiry, absolute Unix seconds (the builders set build time + 24 h).
  public var ts: UInt32 = 0
  /// The privileges in wire order; values are absolute Unix seconds, 0 = no limit of its own.
  public var privileges: [Privilege] = []
  /// The raw bytes of `m` exactly as received: the signed message after app id, channel and uid.
  public var message: [UInt8] = []
  /// Bytes after the message string, when there are any (content offsets).
  public var trailingBytes: TrailingBytes?

  /// Creates an empty token value; the decoder fills it in.
  public init() {}

  /// The RTM login privilege id of 006 (`kRtmLogin`).
  public static let rtmLoginPrivilege: UInt16 = 1000

  /// The absolute expiry of the token, Unix seconds (`ts`).
  public var expiresAt: UInt64 { UInt64(ts) }

  /// The estimated build time: `ts - 86400`, since every official 006 builder sets `ts` to now + 24 h.
  public var issuedAtEstimate: UInt64 { ts >= 86_400 ? UInt64(ts) - 86_400 : 0 }

  /// The absolute expiry of a privilege value: the value itself, or the token's `ts` when it is 0.
  public func expiresAt(privilegeValue value: UInt32) -> UInt64 {
    value == 0 ? expiresAt : UInt64(value)
  }

  /// The value of privilege `id`, or `nil` when the token does not carry it.
  public func privilege(_ id: UInt16) -> UInt32? {
    privileges.first(where: { $0.id == id })?.value
  }

  /// Whether the token carries the RTM login privilege (1000), as `RtmTokenBuilder.buildToken` makes.
  public var hasRTMLogin: Bool { privilege(Self.rtmLoginPrivilege) != nil }

  /// Whether the token carries any RTC privilege (1 to 4).
  public var hasRTCPrivileges: Bool { privileges.contains { (1...4).contains($0.id) } }

  /// Whether the uid slot is empty (`crc_uid == 0`): uid 0, which any integer uid may use.
  public var uidIsWildcard: Bool { crcUID == 0 }

  /// The name of a 006 privilege id: 1 joinChannel ... 4 publishDataStream, 1000 login (RTM).
  public static func privilegeName(_ id: UInt16) -> String? {
    switch id {
    case 1: "joinChannel"
    case 2: "publishAudioStream"
    case 3: "publishVideoStream"
    case 4: "publishDataStream"
    case 1000: "rtmLogin"
    default: nil
    }
  }
}

extension AccessToken006 {
  /// The CRC-32 (IEEE) of `text`'s UTF-8 bytes: what a 006 token stores for a channel name or a uid
  /// text (`crc32(channel_name)` and `crc32(str(uid))` in `python3/src/AccessToken.py`).
  public static func crc(_ text: String) -> UInt32 { Zlib.crc32(Array(text.utf8)) }
}
