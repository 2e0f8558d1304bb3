import AgoraToken

/// AT331 `chat_user_token_for_rest`: a Chat user token used as the Bearer of a REST call
/// (`--product chat-rest`).
///
/// Source: Agora's Chat REST documentation: REST calls take an app token as the Bearer, built
/// with `ChatTokenBuilder2.build_app_token` (`python3/src/ChatTokenBuilder2.py`) and exchanged
/// first (`POST /{org}/{app}/token` with `{"grant_type":"agora"}`). The kinds are
/// ``ChatTokenKind``, shared with the diagnosis.
struct ChatUserTokenForREST: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT331", name: "chat_user_token_for_rest", severity: .error, category: .identity,
    structural: false,
    summary:
      "A Chat user token is used as the REST API's Bearer (--product chat-rest).",
    explanation:
      "The Chat REST API authorises the app server with an app token (Chat privilege 2), exchanged for a REST token with POST /{org}/{app}/token and {\"grant_type\":\"agora\"}. A user token (privilege 1) logs one user into the SDK; the REST API answers 401 to it.",
    fix:
      "Build an app token on the server (ChatTokenBuilder2.build_app_token, agtoken build chat-app), exchange it, and send that as the Bearer.",
    source: RuleSource.chatTokens)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard context.product == .chatRest, let token = inspection.accessToken2 else { return [] }
    let kinds = ChatTokenKind.services(token)
    guard !kinds.contains(where: { $0.kind == .app }),
      let user = kinds.first, case .user(let name) = user.kind
    else { return [] }
    return [
      descriptor.finding(
        "the token is a Chat user token for \"\(name)\" (privilege 1): the REST API needs an app token, exchanged first with POST /{org}/{app}/token",
        field: .serviceField(user.index, .privileges), value: .text("user"),
        expected: .text("app"))
    ]
  }
}
