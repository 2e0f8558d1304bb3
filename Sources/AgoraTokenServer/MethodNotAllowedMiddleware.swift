import HTTPTypes
import Hummingbird

/// Answers a known path asked with the wrong method with 405 and an `Allow` header (RFC 9110
/// 15.5.6), instead of the router's 404: `POST /rtc/token` is a wrong method, not a missing page.
///
/// Runs inside ``ErrorBodyMiddleware`` and only when the router found no route, so requests that
/// match a route never reach it.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
  /// A route's path and the methods it answers.
  struct Route: Sendable {
    /// The path; a final `{user_id}`-style segment matches any one non-empty segment.
    let path: String
    /// The methods it answers, for the `Allow` header.
    let methods: [HTTPRequest.Method]

    func matches(_ requested: String) -> Bool {
      guard let brace = path.firstIndex(of: "{") else { return requested == path }
      let prefix = path[..<brace]
      guard requested.hasPrefix(prefix) else { return false }
      let rest = requested.dropFirst(prefix.count)
      return !rest.isEmpty && !rest.contains("/")
    }
  }

  /// Every route of ``TokenServer/router(_:accessLog:)``.
  let routes: [Route]

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let error as HTTPError where error.status == .notFound {
      guard let route = routes.first(where: { $0.matches(request.uri.path) }),
        !route.methods.contains(request.method)
      else { throw error }
      let allowed = route.methods.map(\.rawValue).joined(separator: ", ")
      var response = try ServerError(
        .methodNotAllowed, kind: "method_not_allowed",
        "\(route.path) answers \(allowed), not \(request.method.rawValue)"
      ).response(from: request, context: context)
      response.headers[.allow] = allowed
      return response
    }
  }
}
