import HTTPTypes
import Hummingbird

/// `GET /`, `GET /inspector.js` and `GET /inspector.css`: the web inspector, embedded in the
/// binary. The page asks only this server (`POST /inspect`), so no token or certificate leaves
/// the machine it runs on.
enum WebRoutes {
  /// The page's paths, for the router and for 405 answers.
  static let paths = ["/", "/inspector.js", "/inspector.css", "/favicon.ico"]

  static func page() -> Response {
    asset(WebInspectorPage.html, contentType: "text/html; charset=utf-8")
  }

  static func script() -> Response {
    asset(WebInspectorScript.js, contentType: "text/javascript; charset=utf-8")
  }

  static func style() -> Response {
    asset(WebInspectorStyle.css, contentType: "text/css; charset=utf-8")
  }

  private static func asset(_ text: String, contentType: String) -> Response {
    var headers = HTTPFields()
    // Revalidate, so that a new agtoken binary serves its own page at once.
    headers[.cacheControl] = "no-cache"
    return JSONResponse.text(text, contentType: contentType, headers: headers)
  }
}
