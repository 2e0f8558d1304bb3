import HTTPTypes
import Hummingbird

/// Sets the security headers on every response, errors included: a `Content-Security-Policy`
/// that allows scripts, styles and requests to this server only and no inline script,
/// `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, and no framing.
///
/// Source: OWASP Secure Headers Project; the web inspector needs nothing more than `'self'`.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  /// The policy: nothing by default; script, style, fetch and images from this origin only.
  static var contentSecurityPolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
  }

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response = try await next(request, context)
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.referrerPolicy] = "no-referrer"
    response.headers[.xFrameOptions] = "DENY"
    return response
  }
}

extension HTTPField.Name {
  /// `Referrer-Policy`.
  static let referrerPolicy: HTTPField.Name = {
    // A constant, valid field name: the initializer cannot fail for it.
    guard let name = HTTPField.Name("Referrer-Policy") else { return .contentSecurityPolicy }
    return name
  }()
  /// `X-Frame-Options`.
  static let xFrameOptions: HTTPField.Name = {
    guard let name = HTTPField.Name("X-Frame-Options") else { return .contentSecurityPolicy }
    return name
  }()
}
