import AgoraToken

/// AT330 `chat_app_token_for_sdk_login`: an app token (Chat privilege 2, no user) used to log in
/// with the Chat SDK (`--product chat`).
///
/// Source: Agora's Chat authentication guide and `python3/src/ChatTokenBuilder2.py`: the SDK
/// logs a user in with a user token (`build_user_token`); an app token (`build_app_token`) is
/// for the app server's REST calls. The kinds are ``ChatTokenKind``, shared with the diagnosis.
struct ChatAppTokenForSDKLogin: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT330", name: "chat_app_token_for_sdk_login", severity: .error, category: .identity,
    structural: false,
    summary:
      "A Chat app token is used to log in with the Chat SDK (--product chat).",
    explanation:
      "The Chat SDK logs in one user with a user token (Chat privilege 1, bound to a user_id). An app token (privilege 2, no user) authorises the app server's REST calls and cannot log a user in.",
    fix:
      "Build a user token for the user who logs in (ChatTokenBuilder2.build_user_token, agtoken build chat-user) and keep app tokens on the server.",
    source: RuleSource.chatTokens,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard context.product == .chat, let token = inspection.accessToken2 else { return [] }
    let kinds = ChatTokenKind.services(token)
    guard !kinds.contains(where: { $0.kind != .app }), let app = kinds.first else { return [] }
    return [
      descriptor.finding(
        "the token is a Chat app token (privilege 2, no user): the Chat SDK cannot log a user in with it",
        field: .serviceField(app.index, .privileges), value: .text("app"),
        expected: .text("user"))
    ]
  }
}
