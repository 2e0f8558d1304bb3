import HTTPTypes
import Hummingbird

/// Requires `Authorization: Bearer <secret>` on the routes it guards; answers 401 `unauthorized`
/// otherwise. The comparison is constant-time (``BearerSecret/matches(_:)``).
struct BearerAuthMiddleware<Context: RequestContext>: RouterMiddleware {
  let secret: BearerSecret

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard let header = request.headers[.authorization] else {
      throw ServerError(
        .unauthorized, kind: "unauthorized",
        "this endpoint needs Authorization: Bearer <secret> (the server runs with --auth-token-file)"
      )
    }
    let prefix = "bearer "
    guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix,
      secret.matches(String(header.dropFirst(prefix.count)).trimmingSpaces)
    else {
      throw ServerError(
        .unauthorized, kind: "unauthorized", "the bearer secret in Authorization is not accepted")
    }
    return try await next(request, context)
  }
}
