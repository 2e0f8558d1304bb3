import HTTPTypes
import Hummingbird

/// Drops the body of every answer to `HEAD`: each `GET` endpoint is registered for `HEAD` too
/// (``Hummingbird/RouterMethods/getAndHead(_:use:)``), because a server that answers GET for a
/// resource answers HEAD (RFC 9110 9.3.2), and monitors and `curl -I` then see the status and
/// headers a GET would get.
///
/// Runs outside ``ErrorBodyMiddleware``, so an error's JSON body is dropped as well.
struct HeadMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response = try await next(request, context)
    if request.method == .head { response.body = ResponseBody() }
    return response
  }
}

extension RouterMethods {
  /// Registers `handler` for `GET` and `HEAD` on `path`; ``HeadMiddleware`` drops the body.
  @discardableResult
  func getAndHead(
    _ path: RouterPath,
    use handler: @Sendable @escaping (Request, Context) async throws -> some ResponseGenerator
  ) -> Self {
    on(path, method: .get, use: handler)
    return on(path, method: .head, use: handler)
  }
}
