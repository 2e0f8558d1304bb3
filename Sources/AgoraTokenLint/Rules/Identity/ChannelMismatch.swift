import AgoraToken

/// AT311 `channel_mismatch`: the token was built for another channel than the client joins.
///
/// Source: `ServiceRtc` in `python3/src/AccessToken2.py` signs the channel name as text; the
/// server compares it with the joined channel (error 110 on a mismatch). 006 stores only
/// `crc_channel_name` (`python3/src/AccessToken.py`), so the CRC-32 of `--channel` is compared.
struct ChannelMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT311", name: "channel_mismatch", severity: .error, category: .identity,
    structural: false,
    summary:
      "The token was built for another channel than the client joins.",
    explanation:
      "An RTC token is bound to one channel name (007 stores it, 006 its CRC-32). Joining any other channel fails with error 110 (invalid token).",
    fix:
      "Request the token for the exact channel name the client passes to joinChannel.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let identity = Identity006(inspection, context: context) {
      guard !identity.isRTMLogin, let check = identity.channel, !check.matches,
        check.matchingVariant == nil
      else { return [] }
      return [
        descriptor.finding(
          "crc_channel_name \(check.actual) is not the CRC-32 of the client's channel \"\(check.expected)\": the token was built for another channel",
          field: .token(.crcChannelName), value: .identifier(check.actual),
          expected: .text(check.expected))
      ]
    }
    return ChannelComparison.mismatches(inspection, context: context).compactMap { entry in
      guard entry.kind == .different else { return nil }
      return descriptor.finding(
        "\(entry.service.type) channel \"\(entry.token)\" is not the client's channel \"\(entry.client)\"",
        field: .serviceField(entry.index, .channelName), value: .text(entry.token),
        expected: .text(entry.client))
    }
  }
}
