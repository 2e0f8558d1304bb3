/// A decoded 007 AccessToken2.
///
/// Layout: `"007" + base64(zlib(pack_string(signature) + signing_info))`, where `signing_info` is
/// `pack_string(app_id) + uint32 issue_ts + uint32 expire + uint32 salt + uint16 service_count +
/// services`. Source: `AccessToken.from_string` in `python3/src/AccessToken2.py`.
///
/// The value keeps the raw ``signingInfo`` bytes as received, because the signature covers them and
/// not a re-encoding (`AccessToken.verify_signature`).
public struct AccessToken2: Hashable, Sendable {
  /// Always `"007"`.
  public var version: String = "007"
  /// The app id text (normally 32 hex characters; not validated unless decoding is strict).
  public var appID: String = ""
  /// When the token was built, Unix seconds.
  public var issueTs: UInt32 = 0
  /// The token's lifetime in seconds relative to ``issueTs``.
  public var expire: UInt32 = 0
  /// The builder's random salt (1...99,999,999 in the references).
  public var salt: UInt32 = 0
  /// The HMAC-SHA256 signature (32 bytes in a well-formed token).
  public var signature: [UInt8] = []
  /// The `service_count` field; it may exceed ``services``.count when decoding stopped at an unknown type.
  public var serviceCount: UInt16 = 0
  /// The decoded services, in token order.
  public var services: [Service] = []
  /// The first service whose type the reference does not know, and the bytes after its type number.
  public var unparsedService: UnparsedService?
  /// Bytes after the last declared service, when there are any.
  public var trailingBytes: TrailingBytes?
  /// The signed bytes exactly as received: the payload after the signature string.
  public var signingInfo: [UInt8] = []
  /// The offset of ``signingInfo`` in the decompressed payload.
  public var signingInfoOffset: Int = 0

  /// Creates an empty token value; the decoder and the builder fill it in.
  public init() {}

  /// The absolute expiry, Unix seconds (`issue_ts + expire`), computed without overflow.
  public var expiresAt: UInt64 { UInt64(issueTs) + UInt64(expire) }

  /// When Agora stops accepting the token whatever its expire says, Unix seconds:
  /// `issue_ts + 86400`. Agora's servers accept a 007 token for at most 24 hours after issue_ts
  /// (Agora's "Authentication workflow" and token FAQ); a longer `expire` is never reached.
  public var dayCapEndsAt: UInt64 { UInt64(issueTs) + 86_400 }

  /// Agora's 24-hour limit when it ends the token before its own expiry: ``dayCapEndsAt`` when
  /// that is earlier than ``expiresAt`` (`expire` is more than 86400 seconds), else `nil`.
  public var dayCapEndsBeforeExpiry: UInt64? { dayCapEndsAt < expiresAt ? dayCapEndsAt : nil }

  /// When Agora stops accepting the token, Unix seconds: the earlier of ``expiresAt`` and
  /// ``dayCapEndsAt``.
  public var usableUntil: UInt64 { min(expiresAt, dayCapEndsAt) }

  /// The absolute expiry of a privilege value: `issue_ts + value`, or the token's expiry when the value is 0.
  public func expiresAt(privilegeValue value: UInt32) -> UInt64 {
    value == 0 ? expiresAt : UInt64(issueTs) + UInt64(value)
  }
}

/// A service type that the decoder does not know, where decoding stopped.
///
/// Every reference parser stops at the first unknown type: services carry no length prefix.
///
/// Made by the library (it has no public initialiser); read its members.
public struct UnparsedService: Hashable, Sendable {
  /// The unknown type number.
  public var type: UInt16
  /// The payload offset of the type number.
  public var offset: Int
  /// The bytes from its privilege map to the end of the payload (`unparsed_hex` in the vectors).
  public var bytes: [UInt8]
}

/// Bytes that follow the last declared service or message.
///
/// Made by the library (it has no public initialiser); read its members.
public struct TrailingBytes: Hashable, Sendable {
  /// The payload offset of the first extra byte.
  public var offset: Int
  /// How many extra bytes there are.
  public var count: Int
}
