import AgoraToken
import HTTPTypes
import Hummingbird

/// What a `POST /inspect` or `POST /lint` body holds: the token, and from a JSON body the context
/// the web inspector sends beside it (the CLI's `--app-id`, `--channel`, `--uid`, `--account`,
/// `--now` and `--product`) and a certificate pasted into the page.
///
/// The body is the token itself (one line; a trailing newline is dropped, as the CLI drops it
/// from a line of input), or a JSON object `{"token": "...", "certificate": "...", "channel": ...}`.
/// The certificate travels only in the body, never in a URL; it is used for this request and
/// never logged, stored or echoed.
struct TokenBody: Sendable {
  /// The token text, as given.
  var token: String
  /// A certificate to try before the server's, from the JSON `certificate` member.
  var certificate: String?
  /// The JSON `app_id`, `channel`, `uid` (number or string) and `account` members.
  var appID: String?
  var channel: String?
  var uid: String?
  var account: String?
  /// The JSON `now` member: Unix seconds (a number or a string) or ISO 8601, as `--now`.
  var now: String?
  /// The JSON `product` member: `rtc`, `rtm`, `chat` or `chat-rest`, as `--product`.
  var product: String?

  /// The JSON members a body may have; any other is a 400, as an unknown query parameter is.
  static let members: Set<String> = [
    "token", "certificate", "app_id", "channel", "uid", "account", "now", "product",
  ]

  /// Reads at most `limit` bytes and extracts the token and its context.
  /// - Throws: 413 `body_too_large` over the limit; 400 `bad_body` for a body the HTTP parser
  ///   cannot read, an empty body, several lines, JSON without a string `token`, or a JSON
  ///   member this endpoint does not take.
  static func read(_ request: Request, limit: Int) async throws -> TokenBody {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw ErrorBodyMiddleware<BasicRequestContext>.bodyTooLarge(limit)
    }
    let buffer: ByteBuffer
    do {
      buffer = try await request.body.collect(upTo: limit)
    } catch let error as any HTTPResponseError {
      throw error  // a body over the cap: 413, as ErrorBodyMiddleware translates it
    } catch {
      // The HTTP parser's errors (a chunk size that is not hex, a broken length) are the
      // client's, not the server's: 400, not 500.
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the request body could not be read (malformed chunked encoding or length); send the token as a plain body"
      )
    }
    let text = String(decoding: buffer.readableBytesView, as: UTF8.self)
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
    if trimmed.first == "{" { return try fromJSON(text) }
    // A batch (the CLI's json-array input) is not a request's body: one token per request.
    if trimmed.first == "[" {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the body is a JSON array; send one token per request, as the body or as {\"token\": \"...\"} (agtoken inspect reads batches)"
      )
    }
    var line = Substring(text)
    while let last = line.last, last == "\n" || last == "\r" || last == "\r\n" {
      line = line.dropLast()
    }
    if line.allSatisfy(\.isWhitespace) {
      throw ServerError(
        .badRequest, kind: "bad_body", "send the token as the body or as {\"token\": \"...\"}")
    }
    if line.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the body holds several lines; send one token per request (agtoken inspect reads batches)")
    }
    return TokenBody(token: String(line))
  }

  private static func fromJSON(_ text: String) throws(ServerError) -> TokenBody {
    guard case .object(let object) = JSONValue.parse(text) else {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the body starts with { but is not a JSON object with a string \"token\"")
    }
    // Names only: a member's value may be a certificate.
    if let unknown = object.keys.sorted().first(where: { !members.contains($0) }) {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "unknown member \"\(ClientName.shown(unknown))\"; the body takes \(members.sorted().joined(separator: ", "))"
      )
    }
    guard case .string(let token) = object["token"] else {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the body starts with { but is not a JSON object with a string \"token\"")
    }
    guard !token.isEmpty else {
      throw ServerError(.badRequest, kind: "bad_body", "\"token\" is empty")
    }
    func string(_ name: String) throws(ServerError) -> String? {
      switch object[name] {
      case nil, .null: return nil
      case .string(let text): return text.isEmpty ? nil : text
      default: throw ServerError(.badRequest, kind: "bad_body", "\"\(name)\" must be a string")
      }
    }
    // An integral number is read as its decimal text, which the member's parser then checks.
    func integerOrString(_ name: String, _ must: String) throws(ServerError) -> String? {
      switch object[name] {
      case nil, .null: return nil
      case .number(let number) where number.rounded() == number && abs(number) < 1e15:
        return String(Int64(number))
      case .string(let text): return text.isEmpty ? nil : text
      default: throw ServerError(.badRequest, kind: "bad_body", "\"\(name)\" must be \(must)")
      }
    }
    var body = TokenBody(token: token)
    body.certificate = try string("certificate")
    body.appID = try string("app_id")
    body.channel = try string("channel")
    body.account = try string("account")
    body.now = try integerOrString("now", "Unix seconds or an ISO 8601 string")
    body.product = try string("product")
    body.uid = try integerOrString("uid", "an integer 0...4294967295")
    return body
  }
}
