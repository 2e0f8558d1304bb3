import AgoraToken

/// Statements about the channel the client joined and the channel the token was built for.
///
/// Source: channel names are case-sensitive and compared exactly (`ServiceRtc` in
/// `python3/src/AccessToken2.py`; 006 stores `crc32(channel name)`, `python3/src/AccessToken.py`).
enum ChannelStatements {
  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    let context = facts.context
    guard let channel = context.identity.channel, context.product == nil || context.product == .rtc
    else { return [] }
    if let first = facts.rtcServices.first {
      guard !facts.rtcServices.contains(where: { $0.channel == channel }) else { return [] }
      if let match = facts.rtcServices.first(where: {
        $0.channel.lowercased() == channel.lowercased()
      }) {
        return [caseOnly(channel, match.channel, field: .serviceField(match.index, .channelName))]
      }
      // A name that differs only by white space around it is lint's channel_case_mismatch.
      guard
        !facts.rtcServices.contains(where: {
          ChannelComparison(token: $0.channel, client: channel) != .different
        })
      else { return [] }
      return [
        Diagnosis(
          "channel_does_not_match_token",
          "the client joined \"\(channel)\", but the token was built for the channel \"\(first.channel)\": a token admits only the channel it was built for; build the token for the channel the client joins (or join that one)",
          field: .serviceField(first.index, .channelName))
      ]
    }
    guard let token = facts.token006, facts.is006RTC,
      DiagnosisFacts.crc(channel) != token.crcChannelName
    else { return [] }
    let cases = [channel.lowercased(), channel.uppercased(), capitalised(channel)]
    if let match = cases.first(where: { DiagnosisFacts.crc($0) == token.crcChannelName }) {
      return [caseOnly(channel, match, field: .token(.crcChannelName))]
    }
    if NameVariants.variants(of: channel).contains(where: {
      DiagnosisFacts.crc($0.value) == token.crcChannelName
    }) {
      return []
    }
    return [
      Diagnosis(
        "channel_crc_mismatch",
        "crc32(\"\(channel)\") = \(DiagnosisFacts.crc(channel)) and the CRCs of its case and whitespace variants all differ from crc_channel_name \(token.crcChannelName): the token was built for another channel",
        field: .token(.crcChannelName))
    ]
  }

  static func caseOnly(_ channel: String, _ variant: String, field: FieldPath) -> Diagnosis {
    Diagnosis(
      "channel_matches_case_insensitively_only",
      "the client joined \"\(channel)\", which does not match the token, but \"\(variant)\" in another letter case does: channel names are case-sensitive; build the token and join with the same spelling",
      field: field)
  }

  static func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst().lowercased()
  }
}
