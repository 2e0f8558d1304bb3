/// The channel-slot and uid-slot texts that a 006 token is checked with, worked out from the client
/// identity and the token's layout.
///
/// Source: `RtcTokenBuilder.py` / `RtmTokenBuilder.py` (`AccessToken.build`) and
/// `shared/cases/README.md`: an RTC 006 token is checked with the channel and the uid; an RTM 006
/// token (privilege 1000) with the RTM user id in the channel slot and an empty uid.
public struct AccessToken006Slots: Sendable, Equatable {
  /// The text for the channel slot, when known.
  public var channel: String?
  /// The text for the uid slot (`""` for uid 0), when known.
  public var uid: String?
  /// Why a slot holds what it holds, for people.
  public var notes: [String]
  /// Whether the slots describe an RTM login: the user id in the channel slot and an empty uid.
  public var isRTMLogin = false

  /// Works out the slots for `token` from `identity`.
  ///
  /// - An RTM login (``ClientIdentity/rtmUserID``) is checked with the user id in the channel slot
  ///   and an empty uid, also against a token built with the RTC layout (which then fails).
  /// - An RTM token (privilege 1000) is checked with the user id (`--channel`, or `--account` when
  ///   no channel is given) in the channel slot and an empty uid, as `RtmTokenBuilder.buildToken` signs it.
  /// - An empty uid slot (`crc_uid` 0) is the wildcard: an integer `--uid` is checked as `""`, and
  ///   with no uid option at all the slot is taken as `""`.
  public static func resolve(_ token: AccessToken006, identity: ClientIdentity) -> Self {
    var slots = AccessToken006Slots(channel: identity.channel, uid: identity.uidText, notes: [])
    if let user = identity.rtmUserID,
      token.hasRTMLogin || (identity.channel == nil && identity.uid == nil)
    {
      slots.channel = user
      slots.uid = ""
      slots.isRTMLogin = true
      slots.notes.append(
        "the client logs in to RTM as '\(user)': RtmTokenBuilder signs the user id in the channel slot and an empty uid, so '\(user)' is checked in the channel slot"
      )
      return slots
    }
    if token.hasRTMLogin, identity.uid == nil, identity.channel == nil || identity.account == nil {
      let user = identity.channel ?? identity.account
      slots.channel = user
      slots.uid = ""
      slots.isRTMLogin = true
      if let user, identity.channel == nil {
        slots.notes.append(
          "RTM 006 tokens carry the user id in the channel slot and an empty uid, so --account '\(user)' is checked in the channel slot"
        )
      }
      return slots
    }
    if token.uidIsWildcard {
      if let uid = identity.uid, uid != 0 {
        slots.uid = ""
        slots.notes.append(
          "the token's uid slot is empty (uid 0), which any integer uid may use; uid \(uid) is checked as the empty text"
        )
      } else if identity.uid == nil && identity.account == nil {
        slots.uid = ""
        slots.notes.append(
          "crc_uid is 0, the CRC of the empty uid text: the token was built for uid 0")
      }
    }
    return slots
  }

  /// The options still needed to check the signature, or an empty list when both slots are known.
  public var missingOptions: [String] {
    var missing: [String] = []
    if channel == nil { missing.append("--channel") }
    if uid == nil { missing.append("--uid or --account") }
    return missing
  }
}
