import AgoraToken

/// AT301 `channel_name_empty`: the RTC channel name is empty.
///
/// Source: the `channelId` parameter of `joinChannel` in Agora's RTC API reference (it must not
/// be empty).
struct ChannelNameEmpty: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT301", name: "channel_name_empty", severity: .error, category: .identity,
    structural: true,
    summary:
      "The RTC channel name is empty.",
    explanation:
      "The SDK cannot join a channel with an empty name, and 007 does not treat an empty channel as a wildcard, so the token matches no channel the client can join.",
    fix:
      "Build the token for the exact channel name the client passes to joinChannel.",
    source: RuleSource.joinChannel)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard service.type == .rtc, service.channelName == "" else { return nil }
      return descriptor.finding(
        "the RTC channel name is empty", field: .serviceField(index, .channelName), value: "")
    }
  }
}
