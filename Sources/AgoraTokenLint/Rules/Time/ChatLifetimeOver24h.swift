import AgoraToken

/// AT206 `chat_lifetime_over_24h`: a Chat token or privilege lives more than 24 hours.
///
/// Source: Agora Chat's token guide (user and app tokens are valid for at most 24 hours) and
/// `ChatTokenBuilder2` in `python3/src/ChatTokenBuilder2.py`.
struct ChatLifetimeOver24h: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT206", name: "chat_lifetime_over_24h", severity: .warning, category: .time,
    structural: false,
    summary:
      "A Chat token or privilege lives more than 24 hours.",
    explanation:
      "Agora Chat app and user tokens are valid for at most 24 hours. A longer lifetime is not honoured, so the client loses its session earlier than the token says.",
    fix:
      "Build Chat tokens with a lifetime of at most 86400 seconds and renew them.",
    source: RuleSource.chatTokens)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    let chats = token.services.enumerated().filter { $0.element.type == .chat }
    guard !chats.isEmpty else { return [] }
    var findings: [Finding] = []
    if TimeLimits.overDay(token.expire) {
      findings.append(
        descriptor.finding(
          "the token carries Chat and lives \(TimeLimits.duration(UInt64(token.expire))), more than 24 hours",
          field: .token(.expire), value: .number(token.expire), expected: 86_400,
          unit: .seconds))
    }
    for (index, service) in chats {
      for privilege in service.privileges where TimeLimits.overDay(privilege.value) {
        findings.append(
          descriptor.finding(
            "Chat \(service.privilegeLabel(privilege.id)) lasts \(TimeLimits.duration(UInt64(privilege.value))), more than 24 hours",
            field: .privilege(service: index, id: privilege.id), value: .number(privilege.value),
            expected: 86_400, unit: .seconds))
      }
    }
    return findings
  }
}
