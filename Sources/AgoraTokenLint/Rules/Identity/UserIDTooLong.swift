import AgoraToken

/// AT305 `user_id_too_long`: the RTM or RTM2 user id is longer than 64 bytes.
///
/// Source: the `userId` parameter of RTM `login` in Agora's Signaling API reference (at most 64
/// bytes).
struct UserIDTooLong: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT305", name: "user_id_too_long", severity: .error, category: .identity,
    structural: true,
    summary:
      "The RTM/RTM2 user id is longer than 64 bytes.",
    explanation:
      "RTM user ids are limited to 64 bytes. The SDK rejects a longer id at login, so the token cannot be used.",
    fix:
      "Use a user id of at most 64 bytes.",
    source: RuleSource.rtmLogin)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    NameLength.findings(
      inspection, of: descriptor, types: [.rtm, .rtm2], limit: AgoraNameLimits.rtmUserIDMaxBytes,
      name: { $0.userID.map { ($0, .userID) } }
    ) { service, bytes in "the \(service.type) user id is \(bytes) bytes; the limit is 64" }
  }
}
