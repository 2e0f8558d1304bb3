import AgoraToken

/// AT303 `channel_name_invalid_chars`: the RTC channel name has characters outside the
/// documented set.
///
/// Source: the `channelId` parameter of `joinChannel` in Agora's RTC API reference: a-z, A-Z,
/// 0-9, space and `! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,`.
struct ChannelNameInvalidChars: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT303", name: "channel_name_invalid_chars", severity: .error, category: .identity,
    structural: true,
    summary:
      "The RTC channel name contains characters outside the documented set.",
    explanation:
      "Agora channel names may contain only ASCII letters, digits, space and ! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ , . Other characters (non-ASCII letters, emoji, quotes, slashes) make the SDK reject the join.",
    fix:
      "Map the channel name to the allowed characters, for example with an id or a hex hash.",
    source: RuleSource.joinChannel)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard service.type == .rtc, let channel = service.channelName else { return nil }
      let bad = AgoraNameLimits.disallowedChannelCharacters(channel)
      guard !bad.isEmpty else { return nil }
      let shown = bad.prefix(8).map { "U+\(String($0.value, radix: 16, uppercase: true))" }
      return descriptor.finding(
        "the RTC channel name contains characters outside the documented set: \(shown.joined(separator: " "))",
        field: .serviceField(index, .channelName), value: .text(channel))
    }
  }
}
