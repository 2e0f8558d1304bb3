import HTTPTypes
import Hummingbird

/// A path the router answers and its methods, so that a known path asked with the wrong method
/// gets 405 and an `Allow` header (RFC 9110 15.5.6) instead of the router's 404:
/// `POST /rtc/token` is a wrong method, not a missing page.
struct KnownRoute: Sendable {
  /// The path; a final `{user_id}`-style segment matches any one non-empty segment.
  let path: String
  /// The methods it answers, for the `Allow` header; a `GET` route answers `HEAD` too
  /// (``HeadMiddleware``).
  let methods: [HTTPRequest.Method]

  /// What the `Allow` header lists: the methods, with `HEAD` after `GET`.
  var allowed: [HTTPRequest.Method] {
    methods.flatMap { $0 == .get ? [.get, .head] : [$0] }
  }

  func matches(_ requested: String) -> Bool {
    guard let brace = path.firstIndex(of: "{") else { return requested == path }
    let prefix = path[..<brace]
    guard requested.hasPrefix(prefix) else { return false }
    let rest = requested.dropFirst(prefix.count)
    return !rest.isEmpty && !rest.contains("/")
  }

  /// The 405 answer for `request` when a route of `routes` has its path but not its method.
  static func methodNotAllowed<Context: RequestContext>(
    _ request: Request, context: Context, routes: [KnownRoute]
  ) throws -> Response? {
    guard let route = routes.first(where: { $0.matches(request.uri.path) }),
      !route.allowed.contains(request.method)
    else { return nil }
    let allowed = route.allowed.map(\.rawValue).joined(separator: ", ")
    var response = try ServerError(
      .methodNotAllowed, kind: "method_not_allowed",
      "\(route.path) answers \(allowed), not \(request.method.rawValue)"
    ).response(from: request, context: context)
    response.headers[.allow] = allowed
    return response
  }
}
