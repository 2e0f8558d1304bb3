import AgoraToken

extension Inspection {
  /// The decoded 007 token, or `nil` when the input is another version or did not decode.
  var accessToken2: AccessToken2? {
    guard let decoded, case .accessToken2(let token) = decoded.token else { return nil }
    return token
  }
}

extension Service {
  /// The channel name of an RTC, Streaming or FCDN service.
  var channelName: String? {
    switch fields {
    case .rtc(let channel, _), .streaming(let channel, _), .fcdn(let channel, _): channel
    default: nil
    }
  }

  /// The uid or account text of an RTC, Streaming or FCDN service, and the field that holds it.
  var userText: (key: ServiceField, value: String)? {
    switch fields {
    case .rtc(_, let uid): (.uid, uid)
    case .streaming(_, let account), .fcdn(_, let account): (.account, account)
    default: nil
    }
  }

  /// The user id of an RTM, RTM2 or Chat service.
  var userID: String? {
    switch fields {
    case .rtm(let user), .chat(let user), .rtm2(let user, _): user
    default: nil
    }
  }

  /// The privilege name, or `privilege <id>` when the service does not define it.
  func privilegeLabel(_ id: UInt16) -> String { type.privilegeName(id) ?? "privilege \(id)" }
}

/// Where the rule texts come from.
enum RuleSource {
  /// The reference implementation of the 007 format.
  static let accessToken2 =
    "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/AccessToken2.py"
  /// The RTC builder, whose docstrings define expiry semantics.
  static let rtcBuilder2 =
    "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/RtcTokenBuilder2.py"
  /// The Node.js RTC builder, whose comments say a privilege value of 0 inherits the token expiry.
  static let rtcBuilder2Node =
    "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/nodejs/src/RtcTokenBuilder2.js"
  /// The Chat builder.
  static let chatBuilder2 =
    "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/ChatTokenBuilder2.py"
  /// Agora's token authentication guide (expiry, error codes 109 and 110).
  static let authentication =
    "https://docs.agora.io/en/video-calling/get-started/authentication-workflow"
  /// The RTC `joinChannel` reference: channel name and user account limits.
  static let joinChannel =
    "https://api-ref.agora.io/en/video-sdk/android/4.x/API/class_irtcengine.html#api_irtcengine_joinchannel2"
  /// The RTC error code reference (109 token expired, 110 invalid token).
  static let errorCodes = "https://docs.agora.io/en/video-calling/troubleshooting/error-codes"
  /// The RTM login reference: user id limits.
  static let rtmLogin = "https://docs.agora.io/en/signaling/reference/api"
  /// The Chat token guide: tokens live at most 24 hours.
  static let chatTokens = "https://docs.agora.io/en/agora-chat/develop/authentication"
  /// Agora's note on moving from 006 AccessToken to 007 AccessToken2.
  static let accessToken2Upgrade =
    "https://docs.agora.io/en/video-calling/develop/authentication-workflow#upgrade-to-accesstoken2"
}

extension Inspection {
  /// The decoded 006 token, or `nil` when the input is another version or did not decode.
  var accessToken006: AccessToken006? {
    guard let decoded, case .accessToken006(let token) = decoded.token else { return nil }
    return token
  }

  /// The decoded legacy key (005 ... DynamicKey, signaling), or `nil` for any other input.
  var legacyToken: LegacyToken? {
    guard let decoded, case .legacy(let token) = decoded.token else { return nil }
    return token
  }

  /// When the token expires, for every version that stores an expiry: 007 `issue_ts + expire`,
  /// 006 `ts`, a legacy key's `expired_ts`. `nil` for a key without expiry (DynamicKey) or with
  /// `expired_ts` 0, which the legacy formats use for "does not expire".
  ///
  /// Source: "Expiry semantics", "The 006 format" and "Legacy formats" in
  /// `shared/vectors/README.md`; `DynamicKey5.py`/`DynamicKey4.py` (`expiredTs` 0 = no expiry).
  var tokenExpiry: TokenExpiry? {
    if let token = accessToken2 {
      return TokenExpiry(at: token.expiresAt, field: .token(.expiresAt), label: "issue_ts + expire")
    }
    if let token = accessToken006 {
      return TokenExpiry(at: token.expiresAt, field: .token(.ts), label: "ts")
    }
    if let token = legacyToken, let expired = token.expiredTs, expired != 0 {
      return TokenExpiry(at: UInt64(expired), field: .token(.expiredTs), label: "expired_ts")
    }
    return nil
  }
}

extension Inspection {
  /// When Agora stops accepting the token: ``tokenExpiry``, or for a 007 token whose `expire`
  /// reaches past Agora's 24-hour limit, that limit (`issue_ts + 86400`, ``DayCap``).
  var tokenEnd: TokenExpiry? {
    if let token = accessToken2, let cap = token.dayCapEndsBeforeExpiry {
      return TokenExpiry(
        at: cap, field: .token(.issueTs), label: "Agora's 24-hour limit, issue_ts + 86400")
    }
    return tokenExpiry
  }
}

/// A token's absolute expiry and where the report shows it.
struct TokenExpiry {
  /// Unix seconds.
  let at: UInt64
  /// The field that holds it.
  let field: FieldPath
  /// The field's name in the format (`ts`, `expired_ts`, `issue_ts + expire`).
  let label: String
}

extension AccessToken006 {
  /// The privilege's name as `--expect-privilege` spells it: 1-4 the RTC names, 1000 `login`
  /// (the RTM login of `RtmTokenBuilder.buildToken`), `privilege <id>` otherwise.
  static func lintName(_ id: UInt16) -> String {
    id == rtmLoginPrivilege ? "login" : privilegeName(id) ?? "privilege \(id)"
  }
}

/// The 006 identity checks of an inspection (``IdentityComparison`` compares CRC-32s), and whether
/// the channel slot holds an RTM user id (`RtmTokenBuilder.buildToken`: user id in the channel
/// slot, empty uid).
struct Identity006 {
  /// The token.
  let token: AccessToken006
  /// The `crc_channel_name` check, when the channel slot's text was known.
  let channel: IdentityCheck?
  /// The `crc_uid` check, when the uid slot's text was known.
  let uid: IdentityCheck?
  /// Whether the channel slot was checked with an RTM user id.
  let isRTMLogin: Bool
  /// The token's own facts, worked out once by the inspector.
  let facts: AccessToken006Facts

  /// The checks of a 006 inspection; `nil` for any other input.
  init?(_ inspection: Inspection, context: LintContext) {
    guard let token = inspection.accessToken006 else { return nil }
    self.token = token
    facts = inspection.decoded?.facts006 ?? AccessToken006Facts(token)
    channel = inspection.identity.first { $0.field == "crc_channel_name" }
    uid = inspection.identity.first { $0.field == "crc_uid" }
    isRTMLogin = AccessToken006Slots.resolve(token, identity: context.identity).isRTMLogin
  }
}
