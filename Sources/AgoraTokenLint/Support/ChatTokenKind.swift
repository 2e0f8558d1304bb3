import AgoraToken

/// The two kinds of 007 Chat token, told apart by the Chat service's privileges.
///
/// Source: `ChatTokenBuilder2.build_user_token` (privilege 1 `user`, bound to a `user_id`) and
/// `ChatTokenBuilder2.build_app_token` (privilege 2 `app`, no user) in
/// `python3/src/ChatTokenBuilder2.py`. The SDK logs in with a user token; the REST API takes an
/// app token as its Bearer, or the `YWMt…` token exchanged for one
/// (`POST /{org}/{app}/token` with `{"grant_type":"agora"}`).
enum ChatTokenKind: Equatable {
  /// An app token: privilege 2 and no user privilege.
  case app
  /// A user token for this `user_id`: privilege 1.
  case user(String)

  /// The kind of a Chat service, or `nil` for another service or one with neither privilege.
  init?(_ service: Service) {
    guard service.type == .chat else { return nil }
    if service.privilege(1) != nil {
      self = .user(service.userID ?? "")
    } else if service.privilege(2) != nil {
      self = .app
    } else {
      return nil
    }
  }

  /// The Chat services of `token` with their index and kind.
  static func services(_ token: AccessToken2) -> [(index: Int, kind: ChatTokenKind)] {
    token.services.enumerated().compactMap { index, service in
      ChatTokenKind(service).map { (index, $0) }
    }
  }

  /// The Chat user id the client logs in with: `--account` (or `--rtm-user-id`), unless the
  /// product is RTC or RTM, where the account means something else.
  static func clientUser(_ identity: ClientIdentity, product: DiagnosisContext.Product?)
    -> String?
  {
    switch product {
    case .rtc, .rtm: nil
    case .chat, .chatRest, nil: identity.account ?? identity.rtmUserID
    }
  }
}
