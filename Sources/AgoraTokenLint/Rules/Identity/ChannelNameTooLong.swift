import AgoraToken

/// AT302 `channel_name_too_long`: the RTC channel name is 64 bytes or longer.
///
/// Source: the `channelId` parameter of `joinChannel` in Agora's RTC API reference ("less than
/// 64 bytes").
struct ChannelNameTooLong: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT302", name: "channel_name_too_long", severity: .error, category: .identity,
    structural: true,
    summary:
      "The RTC channel name is 64 bytes or longer.",
    explanation:
      "Agora requires channel names shorter than 64 bytes (UTF-8). The SDK rejects a longer name before the token is even checked.",
    fix:
      "Use a channel name of at most 63 bytes, for example a hash or an id instead of a title.",
    source: RuleSource.joinChannel)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard service.type == .rtc, let channel = service.channelName,
        channel.utf8.count > AgoraNameLimits.channelNameMaxBytes
      else { return nil }
      return descriptor.finding(
        "the RTC channel name is \(channel.utf8.count) bytes; it must be less than 64",
        field: .serviceField(index, .channelName), value: .number(channel.utf8.count),
        expected: .number(AgoraNameLimits.channelNameMaxBytes),
        unit: .bytes)
    }
  }
}
