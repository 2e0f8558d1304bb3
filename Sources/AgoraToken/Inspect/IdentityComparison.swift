/// Compares a decoded token with the client's identity (channel, uid or account, app id).
///
/// Source: `identity_checks` in `shared/cases/README.md`. 007 compares text: RTC `channel_name` with
/// `--channel`, RTC `uid` with `--uid`/`--account` (the empty uid is the wildcard of uid 0 and matches
/// any integer uid; the string `"0"` is an account, not the wildcard), RTM/RTM2/Chat `user_id` with
/// `--account`. 006 compares CRC-32s (`crc_channel_name`, `crc_uid`); for an RTM login
/// (``ClientIdentity/rtmUserID``) the user id against `crc_channel_name` and `""` against `crc_uid`,
/// as `RtmTokenBuilder.buildToken` signs them. Every version compares `app_id`
/// with `--app-id`.
public enum IdentityComparison {
  /// The comparisons that apply to `token`; empty when `identity` is empty.
  public static func compare(_ token: AnyToken, with identity: ClientIdentity) -> [IdentityCheck] {
    guard !identity.isEmpty else { return [] }
    var checks: [IdentityCheck] = []
    switch token {
    case .accessToken2(let token):
      checks += compare007(token, identity)
    case .accessToken006(let token):
      checks += compare006(token, identity)
    case .legacy(let token):
      if case .textKey(let key) = token, let stored = key.uid, let uid = identity.uid {
        checks.append(
          IdentityCheck(
            field: "uid", expected: String(uid), actual: String(stored), matches: stored == uid))
      }
    }
    if let appID = identity.appID {
      checks.append(compareAppID(appID, token.appID))
    }
    return checks
  }

  static func compareAppID(_ expected: String, _ actual: String) -> IdentityCheck {
    var check = IdentityCheck(
      field: "app_id", expected: expected, actual: actual, matches: expected == actual)
    if !check.matches && expected.lowercased() == actual.lowercased() {
      check.note = "the app ids differ only in letter case"
      check.matchingVariant = actual
    } else if !check.matches {
      check.note = "the token was built for another project's App ID"
    }
    return check
  }

  // MARK: 007

  static func compare007(_ token: AccessToken2, _ identity: ClientIdentity) -> [IdentityCheck] {
    var checks: [IdentityCheck] = []
    for service in token.services {
      switch service.fields {
      case .rtc(let channel, let uid):
        if let wanted = identity.channel {
          checks.append(compareText("channel_name", wanted, channel))
        }
        if let check = compareUID(identity, uid) { checks.append(check) }
      case .rtm(let user), .rtm2(let user, _):
        if let account = identity.rtmUserID ?? identity.account {
          checks.append(compareText("user_id", account, user))
        }
      case .chat(let user) where !user.isEmpty:
        if let account = identity.account {
          checks.append(compareText("user_id", account, user))
        }
      default:
        break
      }
    }
    return checks
  }

  /// Text comparison with a case/whitespace variant search on mismatch.
  static func compareText(_ field: String, _ expected: String, _ actual: String) -> IdentityCheck {
    var check = IdentityCheck(
      field: field, expected: expected, actual: actual, matches: expected == actual)
    guard !check.matches else { return check }
    if let variant = NameVariants.variants(of: expected).first(where: { $0.value == actual }) {
      check.matchingVariant = variant.value
      check.note =
        "'\(expected)' does not match, but its \(variant.label) form '\(variant.value)' does: \(field) is compared exactly (case and spaces count)"
    } else {
      check.note = "the token was built for \(field) '\(actual)'"
    }
    return check
  }

  /// The RTC uid: `""` is uid 0 (any integer uid); a decimal text is a uid; anything else an account.
  static func compareUID(_ identity: ClientIdentity, _ actual: String) -> IdentityCheck? {
    if let uid = identity.uid {
      let expected = String(uid)
      if actual.isEmpty {
        return IdentityCheck(
          field: "uid", expected: expected, actual: actual, matches: true,
          note: "the token's uid is empty (uid 0): any integer uid may join with it")
      }
      if actual == expected && uid != 0 {
        return IdentityCheck(field: "uid", expected: expected, actual: actual, matches: true)
      }
      var check = IdentityCheck(field: "uid", expected: expected, actual: actual, matches: false)
      if actual == "0" {
        check.note =
          "the token's uid is the one-character string \"0\" (an account named \"0\"), not the empty wildcard that the integer 0 produces: build the token with the integer uid 0"
      } else if UInt32(actual) == nil || actual.hasPrefix("0") {
        check.note =
          "the token is bound to the string account '\(actual)'; an integer uid cannot match it: join with the user-account API and the same string, or build the token for a numeric uid"
      } else {
        check.note = "the token was built for uid \(actual)"
      }
      return check
    }
    if let account = identity.account {
      var check = IdentityCheck(
        field: "uid", expected: account, actual: actual, matches: account == actual)
      if !check.matches {
        check.note =
          actual.isEmpty
          ? "the token was built for uid 0 (the wildcard of integer uids); a user-account join needs a token built for the same account"
          : "the token was built for '\(actual)'"
      }
      return check
    }
    return nil
  }

  // MARK: 006

  static func compare006(_ token: AccessToken006, _ identity: ClientIdentity) -> [IdentityCheck] {
    let slots = AccessToken006Slots.resolve(token, identity: identity)
    var checks: [IdentityCheck] = []
    if let channel = slots.channel {
      checks.append(
        compareCRC(
          "crc_channel_name", channel, token.crcChannelName, token: token,
          rtmLogin: slots.isRTMLogin))
    }
    let describesClient =
      identity.channel != nil || identity.uid != nil || identity.account != nil
      || identity.rtmUserID != nil
    if let uid = slots.uid, describesClient {
      var check = compareCRC("crc_uid", uid, token.crcUID, token: token)
      if let given = identity.uid, given != 0, uid.isEmpty {
        check.expected = String(given)
        check.note = "the token's uid slot is empty (uid 0): any integer uid may join with it"
      }
      checks.append(check)
    }
    return checks
  }

  /// - Parameter rtmLogin: the channel slot holds an RTM user id (``AccessToken006Slots/isRTMLogin``).
  static func compareCRC(
    _ field: String, _ text: String, _ crc: UInt32, token: AccessToken006, rtmLogin: Bool = false
  ) -> IdentityCheck {
    let computed = Zlib.crc32(Array(text.utf8))
    var check = IdentityCheck(
      field: field, expected: text, actual: String(crc), matches: computed == crc)
    guard !check.matches else { return check }
    let slot = field == "crc_channel_name" ? "channel" : "uid"
    let owner = field == "crc_channel_name" && rtmLogin ? "RTM user id" : slot
    if field == "crc_channel_name",
      let variant = NameVariants.variants(of: text).first(where: {
        Zlib.crc32(Array($0.value.utf8)) == crc
      })
    {
      check.matchingVariant = variant.value
      check.note =
        "crc32('\(text)') = \(computed), but its \(variant.label) form '\(variant.value)' matches crc_channel_name: channel names are case-sensitive"
      return check
    }
    var note = "crc32('\(text)') = \(computed) differs from \(field) \(crc)"
    if crc == Zlib.crc32(Array("0".utf8)) {
      note += "; the token's \(slot) slot holds the string \"0\""
    } else if crc == 0 {
      note += "; the token's \(slot) slot is empty"
    } else if field == "crc_channel_name", rtmLogin, !token.hasRTMLogin {
      note +=
        ": the token has no RTM login privilege (1000); it was built with the RTC layout for a channel, not for this RTM user id"
    } else if field == "crc_uid", token.hasRTMLogin {
      note += "; RTM 006 tokens carry the user id in the channel slot and an empty uid"
    } else {
      note += ": the token was built for another \(owner)"
    }
    if field == "crc_channel_name", token.hasRTMLogin,
      token.crcUID == computed && token.crcUID != 0
    {
      note +=
        "; '\(text)' sits in the uid slot instead (RTC layout): RTM 006 tokens carry the user id in the channel slot"
    }
    check.note = note
    return check
  }
}
