import AgoraToken

/// Issues the server's tokens with the reference builders' semantics (``ChatTokenBuilder2``,
/// ``RtcTokenBuilder2``, ``RtmTokenBuilder2``), signed with the first configured certificate.
///
/// Every token is built at one `issue_ts` read from the server's clock, with `expire` as both the
/// token lifetime and every privilege's lifetime (seconds relative to issue_ts), as Agora's token
/// server demos pass them.
struct TokenMinter: Sendable {
  let appID: String
  let certificate: AppCertificate

  /// What a token endpoint asks for.
  enum Kind: Sendable {
    /// `ChatTokenBuilder2.buildAppToken`: Chat privilege 2 (app).
    case chatApp
    /// `ChatTokenBuilder2.buildUserToken`: Chat privilege 1 (user).
    case chatUser(userID: String)
    /// `RtcTokenBuilder2.buildTokenWithUID` / `buildTokenWithUserAccount`.
    case rtc(channel: String, user: TokenUser, role: RtcRole)
    /// `RtmTokenBuilder2.buildToken`: RTM login.
    case rtm(userID: String)
  }

  /// Builds the token.
  /// - Parameters:
  ///   - issueTs: Unix seconds.
  ///   - expire: seconds relative to `issueTs`, already checked to be 1...86400.
  /// - Throws: ``ServerError`` with the builder's kind and message (400), for example
  ///   `string_too_long` for a channel name over 65,535 bytes.
  func mint(_ kind: Kind, issueTs: UInt32, expire: UInt32) throws(ServerError) -> String {
    let options = BuildOptions(issueTs: issueTs)
    do {
      switch kind {
      case .chatApp:
        return try ChatTokenBuilder2.buildAppToken(
          appID: appID, appCertificate: certificate, expire: expire, options: options)
      case .chatUser(let userID):
        return try ChatTokenBuilder2.buildUserToken(
          appID: appID, appCertificate: certificate, userID: userID, expire: expire,
          options: options)
      case .rtc(let channel, .uid(let uid), let role):
        return try RtcTokenBuilder2.buildTokenWithUID(
          appID: appID, appCertificate: certificate, channelName: channel, uid: uid, role: role,
          tokenExpire: expire, privilegeExpire: expire, options: options)
      case .rtc(let channel, .account(let account), let role):
        return try RtcTokenBuilder2.buildTokenWithUserAccount(
          appID: appID, appCertificate: certificate, channelName: channel, account: account,
          role: role, tokenExpire: expire, privilegeExpire: expire, options: options)
      case .rtm(let userID):
        return try RtmTokenBuilder2.buildToken(
          appID: appID, appCertificate: certificate, userID: userID, expire: expire,
          options: options)
      }
    } catch {
      throw ServerError(.badRequest, kind: error.kind.rawValue, error.message)
    }
  }
}
