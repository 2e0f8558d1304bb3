/// A decoded key of one of Agora's formats before AccessToken: DynamicKey5 (005), DynamicKey4 (004),
/// DynamicKey3 (003), DynamicKey2 and DynamicKey (no prefix), and the signaling token.
///
/// Source: `python3/src/DynamicKey5.py`, `DynamicKey4.py`, `DynamicKey3.py`, `DynamicKey2.py`,
/// `DynamicKey.py`, `SignalingToken.py`; layouts in `shared/vectors/README.md` ("Legacy formats").
public enum LegacyToken: Hashable, Sendable {
  /// DynamicKey5: base64 binary content.
  case dynamicKey5(DynamicKey5)
  /// DynamicKey4, DynamicKey3, DynamicKey2 or DynamicKey: fixed-width text fields.
  case textKey(TextDynamicKey)
  /// Signaling token `1:app_id:expired_ts:md5`.
  case signaling(SignalingToken)

  /// The kind as the vectors name it: `dk5`, `dk4`, `dk3`, `dk2`, `dk1` or `signaling`.
  public var kind: String {
    switch self {
    case .dynamicKey5: "dk5"
    case .textKey(let key): key.kind.rawValue
    case .signaling: "signaling"
    }
  }

  /// The version prefix (`005`, `004`, `003`, `1` for signaling), or `nil` for the unprefixed keys.
  public var version: String? {
    switch self {
    case .dynamicKey5: "005"
    case .textKey(let key): key.kind.version
    case .signaling: "1"
    }
  }

  /// The format's name for people, for example `DynamicKey4 (004)`.
  public var formatName: String {
    switch self {
    case .dynamicKey5: "DynamicKey5 (005)"
    case .textKey(let key): key.kind.formatName
    case .signaling: "signaling token"
    }
  }

  /// The app id: the 32 characters of the key (DynamicKey5: its 16 raw bytes as lower-case hex).
  public var appID: String {
    switch self {
    case .dynamicKey5(let key): key.appID
    case .textKey(let key): key.appID
    case .signaling(let token): token.appID
    }
  }

  /// When the key was built, Unix seconds, where the key stores it (not in signaling tokens).
  public var unixTs: UInt32? {
    switch self {
    case .dynamicKey5(let key): key.unixTs
    case .textKey(let key): key.unixTs
    case .signaling: nil
    }
  }

  /// The signature as stored (hex text of an HMAC-SHA1), for the keys that carry one: every
  /// kind but the signaling token, which stores an MD5 (``SignalingToken/md5``).
  public var signature: String? {
    switch self {
    case .dynamicKey5(let key): key.signature
    case .textKey(let key): key.signature
    case .signaling: nil
    }
  }

  /// The key's expiry, absolute Unix seconds, where the key stores one (0 = does not expire).
  public var expiredTs: UInt32? {
    switch self {
    case .dynamicKey5(let key): key.expiredTs
    case .textKey(let key): key.expiredTs
    case .signaling(let token): token.expiredTs
    }
  }
}

/// A DynamicKey5 (`005`) key.
///
/// Content (little-endian): `uint16 service_type + pack_string(signature: 40 upper-case hex characters)
/// + pack_string(app_id: 16 raw bytes) + uint32 unix_ts + uint32 salt + uint32 expired_ts + uint16 n
/// + n × (uint16 key + pack_string(value))`. The channel name and uid are signed but not stored.
public struct DynamicKey5: Hashable, Sendable {
  /// 1 media channel, 2 recording, 3 public sharing, 4 in-channel permission.
  public var serviceType: UInt16 = 0
  /// The signature as stored: hex text of an HMAC-SHA1 (40 characters in a well-formed key).
  public var signature: String = ""
  /// The raw app id bytes (16 in a well-formed key).
  public var appIDBytes: [UInt8] = []
  /// When the key was built, Unix seconds.
  public var unixTs: UInt32 = 0
  /// The random salt.
  public var salt: UInt32 = 0
  /// Expiry, absolute Unix seconds (0 = does not expire).
  public var expiredTs: UInt32 = 0
  /// The extra map in wire order (key 1 `ALLOW_UPLOAD_IN_CHANNEL`: `"0"` no upload, `"3"` audio+video).
  public var extra: [Extra] = []
  /// Bytes after the extra map, when there are any (content offsets).
  public var trailingBytes: TrailingBytes?

  /// Creates an empty key value; the decoder fills it in.
  public init() {}

  /// The app id as lower-case hex text.
  public var appID: String { Hex.encode(appIDBytes) }

  /// The service's name: `media_channel`, `recording`, `public_sharing`, `in_channel_permission`.
  public var serviceName: String? {
    switch serviceType {
    case 1: "media_channel"
    case 2: "recording"
    case 3: "public_sharing"
    case 4: "in_channel_permission"
    default: nil
    }
  }

  /// One entry of the extra map: a numeric key and its text value.
  public struct Extra: Hashable, Sendable {
    /// The key (1 = `ALLOW_UPLOAD_IN_CHANNEL`).
    public var key: UInt16
    /// The value as stored.
    public var value: String
  }
}

/// A fixed-width text key: DynamicKey4 (`004`), DynamicKey3 (`003`), DynamicKey2 or DynamicKey.
///
/// Layouts: 004 = `signature(40) + app_id(32) + ts10 + rand8 + exp10`; 003 = `signature(40) + app_id(32)
/// + ts10 + rand8 + uid10 + exp10`; DynamicKey2 = the 003 layout without prefix (110 characters);
/// DynamicKey = `signature(40) + app_id(32) + ts10 + rand8` (90 characters).
public struct TextDynamicKey: Hashable, Sendable {
  /// Which of the text formats.
  public enum Kind: String, Hashable, Sendable {
    /// DynamicKey4, `004`, 103 characters.
    case dk4
    /// DynamicKey3, `003`, 113 characters.
    case dk3
    /// DynamicKey2, no prefix, 110 characters.
    case dk2
    /// DynamicKey (first generation), no prefix, 90 characters.
    case dk1

    /// The version prefix, or `nil` when the format has none.
    public var version: String? {
      switch self {
      case .dk4: "004"
      case .dk3: "003"
      case .dk2, .dk1: nil
      }
    }

    /// The format's name for people.
    public var formatName: String {
      switch self {
      case .dk4: "DynamicKey4 (004)"
      case .dk3: "DynamicKey3 (003)"
      case .dk2: "DynamicKey2 (no prefix, 110 characters)"
      case .dk1: "DynamicKey (no prefix, 90 characters)"
      }
    }
  }

  /// The format.
  public var kind: Kind
  /// The HMAC-SHA1 signature as 40 hex characters.
  public var signature: String
  /// The 32-character app id.
  public var appID: String
  /// When the key was built, Unix seconds.
  public var unixTs: UInt32
  /// The random value as 8 hex characters, as stored.
  public var randomHex: String
  /// The uid (003 and DynamicKey2 only), modulo 2^32.
  public var uid: UInt32?
  /// Expiry, absolute Unix seconds (004, 003, DynamicKey2; 0 = does not expire).
  public var expiredTs: UInt32?

  /// Creates a key value.
  public init(
    kind: Kind, signature: String, appID: String, unixTs: UInt32, randomHex: String,
    uid: UInt32? = nil, expiredTs: UInt32? = nil
  ) {
    self.kind = kind
    self.signature = signature
    self.appID = appID
    self.unixTs = unixTs
    self.randomHex = randomHex
    self.uid = uid
    self.expiredTs = expiredTs
  }
}

/// A signaling token: `"1:" + app_id + ":" + expired_ts + ":" + md5_hex(account + app_id + certificate + expired_ts)`.
///
/// Made by the library (it has no public initialiser); read its members.
public struct SignalingToken: Hashable, Sendable {
  /// Always `"1"`.
  public var version: String = "1"
  /// The app id.
  public var appID: String
  /// Expiry, absolute Unix seconds.
  public var expiredTs: UInt32
  /// The MD5 as 32 hex characters, as stored.
  public var md5: String
}
