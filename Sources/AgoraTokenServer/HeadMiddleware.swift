import HTTPTypes
import Hummingbird

/// Drops the body of every answer to `HEAD` and keeps its `Content-Length`: each `GET` endpoint
/// is registered for `HEAD` too
/// (``Hummingbird/RouterMethods/getAndHead(_:use:)``), because a server that answers GET for a
/// resource answers HEAD (RFC 9110 9.3.2), and monitors and `curl -I` then see the status and
/// headers a GET would get. A token endpoint mints the token a GET would (its length is the
/// `Content-Length`) and sends none of it.
///
/// Runs outside ``ErrorBodyMiddleware``, so an error's JSON body is dropped as well.
struct HeadMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response = try await next(request, context)
    // The GET's Content-Length stays (RFC 9110 8.6): an empty body of the same declared length.
    if request.method == .head {
      response.body = ResponseBody(contentLength: response.body.contentLength) { _ in }
    }
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
