import AgoraToken

/// AT316 `user_id_mismatch`: the RTM user id in the token is not the one the client logs in with.
///
/// Source: `ServiceRtm` in `python3/src/AccessToken2.py` signs the user id as text; a 006 RTM
/// token (`RtmTokenBuilder.buildToken`) holds the CRC-32 of the user id in `crc_channel_name`.
struct UserIDMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT316", name: "user_id_mismatch", severity: .error, category: .identity,
    structural: false,
    summary:
      "The RTM user id in the token is not the one the client logs in with (--account).",
    explanation:
      "An RTM/RTM2 token is bound to one user id, compared byte for byte at login (a 006 RTM token holds its CRC-32 in the channel slot). Any other user id fails with an invalid-token error.",
    fix:
      "Build the RTM token with the exact user id passed to login.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let identity = Identity006(inspection, context: context) {
      guard identity.isRTMLogin, let check = identity.channel, !check.matches else { return [] }
      var message =
        "crc_channel_name \(check.actual) is not the CRC-32 of the RTM user id \"\(check.expected)\" (RTM 006 tokens carry the user id in the channel slot)"
      if let variant = check.matchingVariant {
        message += "; \"\(variant)\" matches: the user ids differ only in case or whitespace"
      } else if !identity.token.hasRTMLogin {
        message += "; the token has no RTM login privilege (1000): it is an RTC token"
      }
      return [
        descriptor.finding(
          message, field: .token(.crcChannelName), value: .identifier(check.actual),
          expected: .text(check.expected))
      ]
    }
    guard let client = context.identity.rtmUserID ?? context.identity.account,
      let token = inspection.accessToken2
    else {
      return []
    }
    return token.services.enumerated().compactMap { index, service in
      guard service.type == .rtm || service.type == .rtm2, let user = service.userID,
        user != client
      else { return nil }
      var message = "\(service.type) user id \"\(user)\" is not the client's \"\(client)\""
      if user.lowercased() == client.lowercased() { message += " (they differ only in case)" }
      return descriptor.finding(
        message, field: .serviceField(index, .userID), value: .text(user), expected: .text(client)
      )
    }
  }
}
