import AgoraToken

/// Compares the uid fields of a token with the client's `--uid` or `--account`.
///
/// The builders pack integer uid 0 as `""` (any uid may join), any other integer uid as its
/// decimal text, and an account as given (`ServiceRtc.__init__`, `python3/src/AccessToken2.py`).
struct UIDComparison {
  /// The service index.
  let index: Int
  /// The service.
  let service: Service
  /// The field that holds it (`uid` or `account`).
  let key: ServiceField
  /// The token's text.
  let token: String
  /// The token's uid kind.
  let kind: UIDKind
  /// The client's value, as the builders would pack it, and a phrase describing it.
  let client: (packed: String, described: String, isInteger: Bool)
  /// Whether the token admits the client.
  let matches: Bool

  /// One comparison per RTC service, when the client's uid or account is known.
  static func all(_ inspection: Inspection, context: LintContext) -> [UIDComparison] {
    guard let token = inspection.accessToken2 else { return [] }
    let client: (packed: String, described: String, isInteger: Bool)
    if let account = context.identity.account {
      client = (account, "the account \"\(account)\"", false)
    } else if let uid = context.identity.uid {
      client = (uid == 0 ? "" : String(uid), "the integer uid \(uid)", true)
    } else {
      return []
    }
    return token.services.enumerated().compactMap { index, service in
      // Streaming and FCDN accounts name a stream publisher, not the RTC join identity.
      guard service.type == .rtc, let user = service.userText else { return nil }
      let kind = UIDKind(user.value)
      let matches = kind == .wildcard || user.value == client.packed
      return UIDComparison(
        index: index, service: service, key: user.key, token: user.value, kind: kind,
        client: client, matches: matches)
    }
  }
}
