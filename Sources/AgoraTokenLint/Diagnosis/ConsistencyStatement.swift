import AgoraToken

/// `token_consistent_with_context`: everything the context says about the client matches the
/// token, so the token is not the problem.
///
/// Source: `identity_checks` in `shared/cases/README.md`: 007 compares text (an empty uid admits
/// any integer uid), 006 compares CRC-32s; an RTM 006 token holds the user id in the channel slot.
enum ConsistencyStatement {
  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard facts.token != nil else { return [] }
    // A token that grants no join, or is the wrong Chat kind, is not consistent with any context.
    let contradicting = PrivilegeStatements.rtcPrivileges(facts) + ChatStatements.statements(facts)
    guard contradicting.isEmpty else { return [] }
    var checked: [String] = []
    var consistent = true
    if facts.context.describesRTCJoin {
      guard let matches = rtcMatches(facts) else { return [] }
      consistent = consistent && matches
      if facts.context.identity.channel != nil { checked.append("channel") }
      if facts.joinUIDText != nil { checked.append("uid") }
    }
    if let user = facts.context.rtmUser, facts.context.product == nil || facts.context.isRTMLogin {
      guard let matches = rtmMatches(facts, user) else { return [] }
      consistent = consistent && matches
      checked.append("RTM user id")
    }
    if let appID = facts.context.identity.appID, let token = facts.token, !checked.isEmpty {
      consistent = consistent && appID == token.appID
    }
    guard consistent, !checked.isEmpty else { return [] }
    return [
      Diagnosis(
        "token_consistent_with_context",
        "the \(checked.joined(separator: " and ")) given \(checked.count == 1 ? "matches" : "match") the token: the token is not bound to another identity; look at the client call (time, certificate, SDK) instead"
      )
    ]
  }

  /// Whether the RTC join matches an RTC part of the token; `nil` when the token has none.
  static func rtcMatches(_ facts: DiagnosisFacts) -> Bool? {
    let identity = facts.context.identity
    let integer = identity.uid != nil
    if !facts.rtcServices.isEmpty {
      return facts.rtcServices.contains { service in
        (identity.channel.map { $0 == service.channel } ?? true)
          && (facts.joinUIDText.map {
            DiagnosisFacts.uidAdmits(service.uid, $0, integer: integer)
          } ?? true)
      }
    }
    guard let token = facts.token006, facts.is006RTC else { return nil }
    let channel = identity.channel.map { DiagnosisFacts.crc($0) == token.crcChannelName } ?? true
    let uid = facts.joinUIDText.map { facts.crcUIDAdmits(token, $0, integer: integer) } ?? true
    return channel && uid
  }

  /// Whether the RTM user id matches an RTM part of the token; `nil` when the token has none.
  static func rtmMatches(_ facts: DiagnosisFacts, _ user: String) -> Bool? {
    if !facts.rtmServices.isEmpty { return facts.rtmServices.contains { $0.userID == user } }
    guard let token = facts.token006, token.hasRTMLogin else {
      return facts.context.isRTMLogin ? false : nil
    }
    return DiagnosisFacts.crc(user) == token.crcChannelName && token.crcUID == 0
  }
}
