import AgoraToken
import AgoraTokenReport
import HTTPTypes
import Hummingbird

/// The token endpoints: `GET /chat/app/token`, `/chat/user/token/{user_id}`, `/rtc/token` and
/// `/rtm/token`. Each takes `expire` (seconds, 1...86400, default the server's) and `format`
/// (`text`, the default: the bare token as the demo server returns it; `json`:
/// `{token, expires_in, expire_timestamp}`).
struct TokenRoutes: Sendable {
  let configuration: ServerConfiguration
  let minter: TokenMinter

  func chatApp(_ request: Request) throws -> Response {
    let query = try QueryParameters(request, allowed: ["expire", "format"])
    return try issue(.chatApp, query: query)
  }

  func chatUser(_ request: Request, userID: String?) throws -> Response {
    let query = try QueryParameters(request, allowed: ["expire", "format"])
    guard let raw = userID, !raw.isEmpty else {
      throw ServerError.badParameter("user_id", "required in the path: /chat/user/token/{user_id}")
    }
    guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
      throw ServerError.badParameter(
        "user_id", "the path segment is not percent-encoded UTF-8; encode the user id as UTF-8")
    }
    return try issue(.chatUser(userID: decoded), query: query)
  }

  func rtc(_ request: Request) throws -> Response {
    let query = try QueryParameters(
      request, allowed: ["channel", "uid", "account", "role", "expire", "format"])
    let channel = try BoundNames.channel(try query.required("channel"))
    let user: TokenUser
    switch (query["uid"], query["account"]) {
    case (let uid?, nil):
      guard let value = UInt32(uid) else {
        throw ServerError(
          .badRequest, kind: "uid_out_of_range",
          "uid: \(ClientName.shown(uid)) is not an integer 0...4294967295; use 0 to let any uid join, or account= for a string user account"
        )
      }
      user = .uid(value)
    case (nil, let account?) where !account.isEmpty:
      user = .account(try BoundNames.account(account))
    case (_?, _?):
      throw ServerError.badParameter("uid", "give uid or account, not both")
    default:
      throw ServerError.badParameter("uid", "give uid (0...4294967295) or account")
    }
    let role: RtcRole
    switch query["role"] {
    case nil, "publisher": role = .publisher
    case "subscriber": role = .subscriber
    default: throw ServerError.badParameter("role", "must be publisher or subscriber")
    }
    return try issue(.rtc(channel: channel, user: user, role: role), query: query)
  }

  func rtm(_ request: Request) throws -> Response {
    let query = try QueryParameters(request, allowed: ["user_id", "expire", "format"])
    return try issue(
      .rtm(userID: try BoundNames.rtmUserID(query.required("user_id"))), query: query)
  }

  private func issue(_ kind: TokenMinter.Kind, query: QueryParameters) throws -> Response {
    let expire = try query.expire(default: configuration.defaultExpire)
    let json = try query.wantsJSON()
    let now = configuration.clock.now()
    guard let issueTs = UInt32(exactly: now) else {
      throw ServerError(
        .internalServerError, kind: "clock_out_of_range",
        "the server's clock reads \(now), which a 007 issue_ts (uint32) cannot hold")
    }
    let token = try minter.mint(kind, issueTs: issueTs, expire: expire)
    // Tokens are credentials: no cache may keep them.
    var headers: HTTPFields = [.cacheControl: "no-store"]
    headers[TokenFingerprintHeader.name] = Inspection.fingerprint(of: token)
    if json {
      return JSONResponse.make(
        body: IssuedToken(token: token, expiresIn: expire, expireTimestamp: now + UInt64(expire)),
        headers: headers)
    }
    return JSONResponse.text(token, headers: headers)
  }
}

/// The `?format=json` body of a token endpoint.
struct IssuedToken: Encodable {
  /// The token text.
  let token: String
  /// The lifetime, seconds from issue_ts.
  let expiresIn: UInt32
  /// When the token expires, Unix seconds (issue_ts + expires_in).
  let expireTimestamp: UInt64

  enum CodingKeys: String, CodingKey {
    case token
    case expiresIn = "expires_in"
    case expireTimestamp = "expire_timestamp"
  }
}
