import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import HTTPTypes
import Hummingbird

/// `POST /inspect` and `POST /lint`: the JSON document `agtoken inspect --format json` and
/// `agtoken lint --format json` print for one token, checked against the server's certificates.
///
/// The token is the body or `{"token": "..."}`. Query parameters `app_id`, `channel`, `uid` and
/// `account` are the CLI's identity flags. The input is reported as the CLI reports a token given
/// as its first argument (`{"file": "argument", "line": 1}`), so the server's document and
/// `agtoken inspect --format json --now T TOKEN` agree byte for byte.
struct InspectRoutes: Sendable {
  let configuration: ServerConfiguration

  static let identityParameters: Set<String> = ["app_id", "channel", "uid", "account"]

  func inspect(_ request: Request) async throws -> Response {
    let (linted, now) = try await read(request)
    return JSONResponse.make(
      body: InspectionDocument(
        linted.inspection, now: now, findings: linted.findings, diagnosis: linted.diagnosis),
      headers: headers(linted.inspection, now: now))
  }

  /// The lint document is an array of one inspect document, as `agtoken lint --format json`
  /// prints for one token (``LintJSONRenderer/document(_:now:showToken:)``), linted with every
  /// rule at its default settings.
  func lint(_ request: Request) async throws -> Response {
    let (linted, now) = try await read(request)
    let text = LintJSONRenderer.document([linted], now: now)
    return JSONResponse.text(
      text, contentType: "application/json", headers: headers(linted.inspection, now: now))
  }

  /// Inspects, lints and diagnoses the body's token as `agtoken inspect` does: the failure time
  /// is the fixed clock (`--now`) or the body's `now`, and otherwise the running clock, which the
  /// time statements then name as the clock, as the CLI's do without `--now`. The body's
  /// `certificate`, when given, is the only one checked.
  private func read(_ request: Request) async throws -> (LintedInput, UInt64) {
    let query = try QueryParameters(request, allowed: Self.identityParameters)
    let body = try await TokenBody.read(request, limit: configuration.maxBodyBytes)
    let identity = try Self.identity(query: query, body: body)
    var now = configuration.clock.now()
    var isClock = configuration.clock.fixedTime == nil
    if let text = body.now {
      guard let parsed = UnixTime.parse(text) else {
        throw ServerError.badParameter("now", UnixTime.refusal(text))
      }
      now = parsed
      isClock = false
    }
    var product: DiagnosisContext.Product?
    if let text = body.product {
      guard let named = DiagnosisContext.Product(rawValue: text) else {
        throw ServerError.badParameter("product", "must be rtc, rtm, chat or chat-rest")
      }
      product = named
    }
    // A pasted certificate is checked alone: the page asks whether that certificate signed the
    // token. Beside the server's it would read as the project's primary, and the diagnosis would
    // take the server's for a secondary certificate.
    let certificates =
      body.certificate.map { [AppCertificate(secret: $0, origin: "the page")] }
      ?? configuration.certificates
    var context = DiagnosisContext(failureTime: now, identity: identity, product: product)
    context.failureTimeIsClock = isClock
    let pipeline = InspectionPipeline(
      InspectionSettings(now: now, certificates: certificates, context: context))
    return (pipeline.inspect(body.token, source: InputSource(file: "argument", line: 1)), now)
  }

  /// The client identity from the query and the JSON body; a value may come from either, not both.
  static func identity(query: QueryParameters, body: TokenBody) throws(ServerError)
    -> ClientIdentity
  {
    var identity = try query.identity()
    func merge(_ name: String, _ queried: String?, _ sent: String?) throws(ServerError) -> String? {
      if queried != nil && sent != nil {
        throw ServerError.badParameter(name, "give it in the query or in the body, not both")
      }
      return queried ?? sent
    }
    identity.appID = try merge("app_id", identity.appID, body.appID)
    identity.channel = try merge("channel", identity.channel, body.channel)
    identity.account = try merge("account", identity.account, body.account)
    if let text = body.uid {
      guard identity.uid == nil else {
        throw ServerError.badParameter("uid", "give it in the query or in the body, not both")
      }
      guard let uid = UInt32(text) else {
        throw ServerError.badParameter("uid", "must be an integer 0...4294967295")
      }
      identity.uid = uid
    }
    if identity.uid != nil && identity.account != nil {
      throw ServerError.badParameter("uid", "give uid or account, not both")
    }
    return identity
  }

  /// `Token-Fingerprint`, `Judged-At` (the Unix time judged, which the document itself does
  /// not state, so that the web inspector shows times relative to it) and `Cache-Control`.
  private func headers(_ inspection: Inspection, now: UInt64) -> HTTPFields {
    var headers = HTTPFields()
    headers[JudgedAtHeader.name] = String(now)
    headers[TokenFingerprintHeader.name] = inspection.fingerprint
    // An inspection may describe a secret's effects; no cache keeps it.
    headers[.cacheControl] = "no-store"
    return headers
  }
}

/// `Judged-At`: the Unix time an inspection was judged at (the server's clock, or the body's `now`).
enum JudgedAtHeader {
  static let name: HTTPField.Name = {
    // A constant, valid field name: the initializer cannot fail for it.
    guard let name = HTTPField.Name("Judged-At") else { return .date }
    return name
  }()
}
