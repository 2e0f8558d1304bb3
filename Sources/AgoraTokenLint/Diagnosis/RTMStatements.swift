import AgoraToken

/// Statements about RTM logins: RTC tokens used for RTM, and the 006 RTM layout (user id in the
/// channel slot, empty uid slot, privilege 1000).
///
/// Source: `RtmTokenBuilder.buildToken` in `python3/src/RtmTokenBuilder.py` (`AccessToken(app_id,
/// certificate, user_account, "")` + `kRtmLogin`), `RtmTokenBuilder2.build_token` (007 RTM service
/// with the user id), and `shared/cases/README.md`.
enum RTMStatements {
  static let zeroCRC = DiagnosisFacts.crc("0")

  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    usedForRTM(facts) + layout006(facts) + userID(facts)
  }

  static func usedForRTM(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard facts.context.isRTMLogin else { return [] }
    let rtcOnly: Bool
    if let token = facts.token2 {
      rtcOnly =
        !facts.rtcServices.isEmpty && facts.rtmServices.isEmpty
        && !token.services.contains { $0.type == .chat }
    } else if let token = facts.token006 {
      rtcOnly = token.hasRTCPrivileges && !token.hasRTMLogin
    } else {
      rtcOnly = false
    }
    guard rtcOnly else { return [] }
    return [
      Diagnosis(
        "rtc_token_used_for_rtm_login",
        "the token has RTC privileges only (no RTM login) but was used to log in to RTM: build an RTM token for the RTM user id (RtmTokenBuilder), or one token with both services"
      )
    ]
  }

  static func layout006(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let token = facts.token006, token.hasRTMLogin else { return [] }
    var result: [Diagnosis] = []
    if let join = token.privilege(1) {
      result.append(
        Diagnosis(
          "rtc_join_privilege_in_rtm_token",
          "the RTM token (privilege 1000) also carries the RTC joinChannel privilege (1, value \(join)): it was assembled by hand on the AccessToken class; use RtmTokenBuilder",
          field: .privilege006(1)))
    }
    if token.crcChannelName == zeroCRC {
      result.append(
        Diagnosis(
          "rtm_token_built_for_user_zero",
          "the RTM user-id slot (the channel slot) holds the string \"0\": the token was built for RTM user \"0\", not for the user who logs in",
          field: .token(.crcChannelName)))
    }
    if token.crcUID != 0 {
      result.append(
        Diagnosis(
          "rtm_006_uid_slot_not_empty",
          "the RTM token's uid slot is not empty (crc_uid \(token.crcUID)): RTM 006 tokens carry the user id in the channel slot and an empty uid",
          field: .token(.crcUID)))
      let users = [facts.context.rtmUser, facts.context.builtFor.rtmUserID].compactMap { $0 }
      if let user = users.first(where: { DiagnosisFacts.crc($0) == token.crcUID }) {
        result.append(
          Diagnosis(
            "rtm_006_user_id_in_uid_slot",
            "the RTM user id \"\(user)\" sits in the uid slot (the RTC layout) instead of the channel slot: build the token with RtmTokenBuilder.buildToken(app_id, certificate, user_id, ...)",
            field: .token(.crcUID)))
      }
    }
    return result
  }

  static func userID(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let user = facts.context.rtmUser else { return [] }
    if !facts.rtmServices.isEmpty {
      guard !facts.rtmServices.contains(where: { $0.userID == user }),
        let first = facts.rtmServices.first
      else { return [] }
      return [
        Diagnosis(
          "rtm_user_id_does_not_match_token",
          "the RTM login used the user id \"\(user)\", but the token was built for \"\(first.userID)\"",
          field: .serviceField(first.index, .userID))
      ]
    }
    guard let token = facts.token006, token.hasRTMLogin || facts.context.isRTMLogin,
      DiagnosisFacts.crc(user) != token.crcChannelName
    else { return [] }
    return [
      Diagnosis(
        "rtm_user_id_does_not_match_token",
        "the RTM login used the user id \"\(user)\" (CRC-32 \(DiagnosisFacts.crc(user))), but the token's user-id slot (the channel slot) holds crc_channel_name \(token.crcChannelName): the token was built for another user id",
        field: .token(.crcChannelName))
    ]
  }
}
