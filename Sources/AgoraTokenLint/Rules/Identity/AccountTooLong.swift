import AgoraToken

/// AT304 `account_too_long`: the RTC user account is longer than 255 bytes.
///
/// Source: the `userAccount` parameter of `joinChannelWithUserAccount` in Agora's RTC API
/// reference (at most 255 bytes).
struct AccountTooLong: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT304", name: "account_too_long", severity: .error, category: .identity,
    structural: true,
    summary:
      "The RTC user account is longer than 255 bytes.",
    explanation:
      "Agora limits user accounts to 255 bytes. The SDK rejects a longer account, so no client can use this token.",
    fix:
      "Use a shorter account (an id rather than a profile string).",
    source: RuleSource.joinChannel)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    NameLength.findings(
      inspection, of: descriptor, types: [.rtc], limit: AgoraNameLimits.accountMaxBytes,
      name: { $0.userText.map { ($0.value, $0.key) } }
    ) { _, bytes in "the RTC user account is \(bytes) bytes; the limit is 255" }
  }
}
