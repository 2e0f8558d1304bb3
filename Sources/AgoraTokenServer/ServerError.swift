import Hummingbird

/// An error the server answers with: an HTTP status and a JSON body
/// `{"error": {"kind": ..., "message": ...}}`.
///
/// Kinds are snake_case and stable (a contract, like the CLI's error kinds): `bad_parameter`,
/// `lifetime_over_24h`, `bad_body`, `unauthorized`, `body_too_large`, `not_found`, `internal`, and
/// the builder's kinds (`uid_out_of_range`, `string_too_long`, ...) for a token that cannot be built.
/// Messages never contain a token, a certificate or the bearer secret.
public struct ServerError: Error, HTTPResponseError, Sendable, Equatable {
  /// The HTTP status.
  public var status: HTTPResponse.Status
  /// The machine-readable kind, snake_case.
  public var kind: String
  /// A sentence that a person can act on.
  public var message: String

  /// Creates an error.
  public init(_ status: HTTPResponse.Status, kind: String, _ message: String) {
    self.status = status
    self.kind = kind
    self.message = message
  }

  /// A 400 for a missing or malformed query or path parameter.
  public static func badParameter(_ name: String, _ message: String) -> ServerError {
    ServerError(.badRequest, kind: "bad_parameter", "\(name): \(message)")
  }

  /// The JSON response.
  public func response(from request: Request, context: some RequestContext) throws -> Response {
    var headers = HTTPFields()
    if status == .unauthorized {
      headers[.wwwAuthenticate] = "Bearer realm=\"agtoken\""
    }
    return JSONResponse.make(status: status, body: ErrorDocument(self), headers: headers)
  }
}

/// The body of an error response.
struct ErrorDocument: Encodable {
  struct Detail: Encodable {
    let kind: String
    let message: String
  }
  let error: Detail

  init(_ error: ServerError) {
    self.error = Detail(kind: error.kind, message: error.message)
  }
}
