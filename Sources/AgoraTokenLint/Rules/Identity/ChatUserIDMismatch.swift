import AgoraToken

/// AT317 `chat_user_id_mismatch`: the Chat user token's `user_id` is not the user who logs in
/// (`--account`).
///
/// Source: `ServiceChat` in `python3/src/AccessToken2.py` signs the user id as text; the Chat
/// server compares it with the login's user id. The client user is
/// ``ChatTokenKind/clientUser(_:product:)``, shared with the diagnosis.
struct ChatUserIDMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT317", name: "chat_user_id_mismatch", severity: .error, category: .identity,
    structural: false,
    summary:
      "The Chat user token is for another user than the one who logs in (--account).",
    explanation:
      "A Chat user token is bound to one user_id, compared byte for byte when the SDK logs in. Any other user id, even one that differs only in case, is rejected.",
    fix:
      "Build the Chat user token with the exact user id passed to login.",
    source: RuleSource.chatTokens,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2,
      let client = ChatTokenKind.clientUser(context.identity, product: context.product)
    else { return [] }
    return ChatTokenKind.services(token).compactMap { index, kind in
      guard case .user(let user) = kind, user != client else { return nil }
      var message = "Chat user_id \"\(user)\" is not the user who logs in, \"\(client)\""
      if user.lowercased() == client.lowercased() { message += " (they differ only in case)" }
      return descriptor.finding(
        message, field: .serviceField(index, .userID), value: .text(user),
        expected: .text(client))
    }
  }
}
