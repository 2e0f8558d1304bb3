/// What a 006 token's fields say on their own, without the client's identity: its layout (RTC or
/// RTM), whether the uid slot is the wildcard, which decimal uids its `crc_uid` can stand for.
///
/// Sources: `RtmTokenBuilder.buildToken` (user id in the channel slot, empty uid, privilege 1000) and
/// `uid_crc_numeric_preimages` / the diagnosis vocabulary in `shared/cases/README.md`.
public struct AccessToken006Facts: Sendable, Equatable {
  /// `rtc` (privileges 1-4 only), `rtm` (1000 only), `rtc+rtm` (both) or `none`.
  public var layout: String
  /// `crc_uid` is 0: the uid slot is empty, which any integer uid may use.
  public var uidIsWildcard: Bool
  /// `crc_channel_name` is the CRC of the one-character string `"0"`.
  public var channelSlotIsStringZero: Bool
  /// `crc_uid` is the CRC of the one-character string `"0"` (an account named "0", not uid 0).
  public var uidSlotIsStringZero: Bool
  /// Every decimal uid 1...4294967295 whose CRC-32 is `crc_uid`; `nil` when `crc_uid` is 0 or the
  /// search was not run. Empty means the token was built for a string account.
  public var numericUIDPreimages: [UInt32]?
  /// Sentences for people, one per fact worth saying.
  public var notes: [String]

  /// Works out the facts of `token`.
  /// - Parameter searchPreimages: run ``NumericUIDSearch`` (about 2 × 10⁵ CRC-32s) when `crc_uid` is not 0.
  public init(_ token: AccessToken006, searchPreimages: Bool = true) {
    let zeroCRC = Zlib.crc32(Array("0".utf8))
    let rtm = token.hasRTMLogin
    let rtc = token.hasRTCPrivileges
    layout = rtm && rtc ? "rtc+rtm" : rtm ? "rtm" : rtc ? "rtc" : "none"
    uidIsWildcard = token.crcUID == 0
    channelSlotIsStringZero = token.crcChannelName == zeroCRC
    uidSlotIsStringZero = token.crcUID == zeroCRC
    numericUIDPreimages =
      searchPreimages && token.crcUID != 0 ? NumericUIDSearch.preimages(of: token.crcUID) : nil
    var notes: [String] = []
    if rtm {
      notes.append(
        "RTM 006 token (privilege 1000): the RTM user id sits in the channel slot and the uid slot is empty; check it with --account USER_ID (or --channel USER_ID)"
      )
      if !uidIsWildcard {
        notes.append(
          "the uid slot is not empty: RTM 006 tokens carry the user id in the channel slot and an empty uid, so this token was built with the RTC layout"
        )
      }
      if rtc {
        notes.append("the RTM token also carries RTC privileges (joinChannel ...)")
      }
      if channelSlotIsStringZero {
        notes.append(
          "the channel slot holds the string \"0\": the token was built for RTM user id \"0\"")
      }
    } else if rtc {
      notes.append(
        "RTC token (privileges 1-4, no RTM login privilege 1000): it cannot log in to RTM")
    }
    if !rtm && channelSlotIsStringZero {
      notes.append("the channel slot holds the string \"0\"")
    }
    if rtc && token.privilege(1) == nil {
      notes.append("the token has no joinChannel privilege (1): joining a channel with it fails")
    }
    if uidIsWildcard && !rtm {
      notes.append(
        "crc_uid is 0 (the empty uid text of uid 0): any integer uid may join with this token")
    }
    if uidSlotIsStringZero {
      notes.append(
        "crc_uid is the CRC of the string \"0\": the token was built for an account named \"0\", not for the wildcard uid 0"
      )
    }
    if let preimages = numericUIDPreimages {
      if preimages.isEmpty {
        notes.append(
          "no decimal uid 1..4294967295 has this crc_uid: the token was built for a string account")
      } else {
        notes.append(
          "decimal uids with this crc_uid: \(preimages.map(String.init).joined(separator: ", "))")
      }
    }
    for privilege in token.privileges where privilege.value == 0 {
      notes.append(
        "privilege \(privilege.id) is 0: no absolute expiry of its own; it lasts as long as the token (ts)"
      )
    }
    for privilege in token.privileges where privilege.value != 0 && privilege.value < 1_000_000_000
    {
      notes.append(
        "privilege \(privilege.id) is \(privilege.value), below 1000000000: a duration landed where 006 expects an absolute Unix time"
      )
    }
    if token.privileges.contains(where: { UInt64($0.value) > token.issuedAtEstimate + 86_400 }) {
      notes.append(
        "a privilege expires more than 24 hours after the estimated issue time (ts - 86400): check the expiry arithmetic"
      )
    }
    self.notes = notes
  }
}
