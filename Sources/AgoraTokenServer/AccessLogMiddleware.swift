import AgoraToken
import HTTPTypes
import Hummingbird

/// Writes one ``AccessLogRecord`` per request, after the response is made.
///
/// Handlers name the token they issued or read in the ``TokenFingerprintHeader`` response header;
/// the record takes the fingerprint from there. The path keeps no long segment and the query no
/// value, so no token reaches the log whichever way a client sends it.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
  let log: AccessLog

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let start = ContinuousClock.now
    let response: Response
    do {
      response = try await next(request, context)
    } catch {
      // ErrorBodyMiddleware turns every error into a response; this is only a safety net.
      record(request, context, status: 500, fingerprint: nil, since: start)
      throw error
    }
    record(
      request, context, status: response.status.code,
      fingerprint: response.headers[TokenFingerprintHeader.name], since: start)
    return response
  }

  private func record(
    _ request: Request, _ context: Context, status: Int, fingerprint: String?,
    since start: ContinuousClock.Instant
  ) {
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    log.write(
      AccessLogRecord(
        method: request.method.rawValue,
        path: Self.loggedPath(request.uri.path, route: context.endpointPath),
        queryKeys: request.uri.queryParameters.map { ClientName.shown($0.key) }, status: status,
        duration: seconds, fingerprint: fingerprint))
  }

  /// The longest unmatched path logged as it is.
  static var maximumLoggedPath: Int { 40 }

  /// What the log shows for a path: the route's template when a route matched
  /// (`/chat/user/token/{user_id}`, so no user id either); for any other path, the path when it
  /// is at most 40 bytes of plain segments (``ClientName``), else `<fp:FINGERPRINT>` (a token,
  /// 100+ bytes, never fits, and a certificate is no plain segment).
  static func loggedPath(_ path: String, route: String?) -> String {
    if let route, route != "NotFound" { return route }
    let segments = path.split(separator: "/", omittingEmptySubsequences: true)
    if path.utf8.count <= maximumLoggedPath, segments.allSatisfy(ClientName.isPlain) {
      return path
    }
    return "<fp:\(Inspection.fingerprint(of: path))>"
  }
}

/// The response header that carries the fingerprint of the token a response issued or read.
///
/// Clients may quote it when they report a problem: it identifies a token in the access log
/// without revealing it (the first 12 hex digits of the SHA-256 of the token text).
public enum TokenFingerprintHeader {
  /// `Token-Fingerprint`.
  public static let name: HTTPField.Name = {
    // A constant, valid field name: the initializer cannot fail for it.
    guard let name = HTTPField.Name("Token-Fingerprint") else { return .contentLocation }
    return name
  }()
}
