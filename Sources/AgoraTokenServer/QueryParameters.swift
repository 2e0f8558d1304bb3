import AgoraToken
import Hummingbird

/// The query parameters of one request, checked: only the names an endpoint accepts, each at most
/// once, so that a typo (`channelName=`, `expires=`) or an ambiguous repeat is a 400 rather than a
/// silently different token.
struct QueryParameters {
  private let values: [String: String]

  /// Reads the request's query, accepting the names in `allowed`.
  /// - Throws: ``ServerError`` `bad_parameter` for an unknown or repeated name.
  init(_ request: Request, allowed: Set<String>) throws(ServerError) {
    var values: [String: String] = [:]
    for (key, value) in request.uri.queryParameters {
      let name = String(key)
      guard allowed.contains(name) else {
        throw ServerError.badParameter(
          ClientName.shown(name),
          "unknown parameter; this endpoint takes \(allowed.sorted().joined(separator: ", "))")
      }
      guard values[name] == nil else {
        throw ServerError.badParameter(name, "given more than once")
      }
      values[name] = String(value)
    }
    self.values = values
  }

  /// The value of `name`, or `nil` when absent.
  subscript(_ name: String) -> String? { values[name] }

  /// A required, non-empty value.
  /// - Throws: ``ServerError`` `bad_parameter`.
  func required(_ name: String) throws(ServerError) -> String {
    guard let value = values[name], !value.isEmpty else {
      throw ServerError.badParameter(name, "required")
    }
    return value
  }

  /// `expire`: seconds relative to issue_ts, 1...86400; `fallback` when absent.
  /// - Throws: ``ServerError`` `lifetime_over_24h` over 86,400 s, `bad_parameter` otherwise.
  func expire(default fallback: UInt32) throws(ServerError) -> UInt32 {
    guard let text = values["expire"] else { return fallback }
    guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      throw ServerError.badParameter("expire", "must be a number of seconds, for example 3600")
    }
    guard let value = UInt32(text), value <= ServerConfiguration.maximumLifetime else {
      throw ServerError(
        .badRequest, kind: "lifetime_over_24h",
        "expire: \(text) seconds is more than 86400 (24 hours), the longest lifetime this server issues; request a shorter token and renew it"
      )
    }
    guard value > 0 else {
      throw ServerError.badParameter("expire", "must be at least 1 second")
    }
    return value
  }

  /// `format`: `json` for `{token, expires_in, expire_timestamp}`, `text` (the default) for the bare token.
  /// - Throws: ``ServerError`` `bad_parameter` for another value.
  func wantsJSON() throws(ServerError) -> Bool {
    switch values["format"] {
    case nil, "text": return false
    case "json": return true
    default: throw ServerError.badParameter("format", "must be json or text")
    }
  }

  /// The client identity named by `app_id`, `channel`, `uid` and `account`, as the CLI's
  /// `--app-id`, `--channel`, `--uid` and `--account`.
  /// - Throws: ``ServerError`` `bad_parameter` for a uid that is not 0...4294967295, or both uid and account.
  func identity() throws(ServerError) -> ClientIdentity {
    var uid: UInt32?
    if let text = values["uid"] {
      guard let value = UInt32(text) else {
        throw ServerError.badParameter("uid", "must be an integer 0...4294967295")
      }
      uid = value
    }
    if uid != nil && values["account"] != nil {
      throw ServerError.badParameter("uid", "give uid or account, not both")
    }
    return ClientIdentity(
      appID: values["app_id"], channel: values["channel"], uid: uid, account: values["account"])
  }
}
