import AgoraToken

/// Statements about the kind of a 007 Chat token and the user it is for, named as the lint rules
/// AT330 `chat_app_token_for_sdk_login`, AT331 `chat_user_token_for_rest` and AT317
/// `chat_user_id_mismatch`, and read from the same facts (``ChatTokenKind``).
///
/// Source: `python3/src/ChatTokenBuilder2.py` and Agora's Chat authentication guide: the SDK logs
/// in with a user token; the REST API takes an app token, exchanged first with
/// `POST /{org}/{app}/token` and `{"grant_type":"agora"}`.
enum ChatStatements {
  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let token = facts.token2 else { return [] }
    let kinds = ChatTokenKind.services(token)
    guard let first = kinds.first else { return [] }
    let field = FieldPath.serviceField(first.index, .privileges)
    var result: [Diagnosis] = []
    let product = facts.context.product
    if product == .chat, !kinds.contains(where: { $0.kind != .app }) {
      result.append(
        Diagnosis(
          "chat_app_token_for_sdk_login",
          "this is a Chat app token (privilege 2, no user), but the Chat SDK logs in a user with a user token: build a user token for the user who logs in (build_user_token) and keep app tokens on the server",
          field: field))
    }
    if product == .chatRest, !kinds.contains(where: { $0.kind == .app }) {
      result.append(
        Diagnosis(
          "chat_user_token_for_rest",
          "this is a Chat user token (privilege 1), but the REST API needs an app token as the Bearer: build one with build_app_token and exchange it first with POST /{org}/{app}/token and {\"grant_type\":\"agora\"}",
          field: field))
    }
    if let client = ChatTokenKind.clientUser(facts.context.identity, product: product) {
      for (index, kind) in kinds {
        guard case .user(let user) = kind, user != client else { continue }
        result.append(
          Diagnosis(
            "chat_user_id_mismatch",
            "the Chat user token is for user_id \"\(user)\", but \"\(client)\" logs in: the Chat server compares the user id byte for byte; build the token for the user who logs in",
            field: .serviceField(index, .userID)))
        break
      }
    }
    return result
  }
}
