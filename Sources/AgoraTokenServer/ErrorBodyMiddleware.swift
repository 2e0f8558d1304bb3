import Hummingbird

/// Turns every error into a JSON error response, so clients always get
/// `{"error": {"kind", "message"}}` with the right status: ``ServerError`` as it is, Hummingbird's
/// 404 (405 `method_not_allowed` with `Allow` for a known path asked with another method, see
/// ``KnownRoute``), a body over the cap as 413 `body_too_large`, anything else as 500 `internal`
/// (whose details stay out of the response, as they might quote input).
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
  let maxBodyBytes: Int
  /// The router's paths and methods, for 405 answers.
  let routes: [KnownRoute]

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as ServerError {
      return try error.response(from: request, context: context)
    } catch let error as any HTTPResponseError {
      // Hummingbird's own errors: HTTPError (404) and NIOTooManyBytesError (a body over the cap).
      if error.status == .notFound,
        let response = try KnownRoute.methodNotAllowed(request, context: context, routes: routes)
      {
        return response
      }
      return try translate(error.status).response(from: request, context: context)
    } catch {
      context.logger.error("internal error", metadata: ["error.type": "\(type(of: error))"])
      return try ServerError(.internalServerError, kind: "internal", "the server could not answer")
        .response(from: request, context: context)
    }
  }

  /// The 413 error.
  static func bodyTooLarge(_ limit: Int) -> ServerError {
    ServerError(
      .contentTooLarge, kind: "body_too_large",
      "the request body is over \(limit) bytes; send one token per request")
  }

  private func translate(_ status: HTTPResponse.Status) -> ServerError {
    switch status {
    case .notFound:
      return ServerError(
        .notFound, kind: "not_found",
        "no such endpoint; see GET /chat/app/token, /chat/user/token/{user_id}, /rtc/token, /rtm/token, POST /inspect, /lint, GET /healthz"
      )
    case .contentTooLarge:
      return Self.bodyTooLarge(maxBodyBytes)
    default:
      return ServerError(
        status, kind: status.code < 500 ? "bad_request" : "internal", status.reasonPhrase)
    }
  }
}
