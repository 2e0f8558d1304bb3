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
    NameLength.findings(
      inspection, of: descriptor, types: [.rtc], limit: AgoraNameLimits.channelNameMaxBytes,
      name: { $0.channelName.map { ($0, .channelName) } }
    ) { _, bytes in "the RTC channel name is \(bytes) bytes; it must be less than 64" }
  }
}
