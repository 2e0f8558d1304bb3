import AgoraTokenReport
import Hummingbird

/// JSON and plain-text responses, encoded as the CLI encodes its reports (sorted keys, `/` unescaped).
enum JSONResponse {
  /// A response whose body is `body` as pretty JSON followed by a newline, as the CLI prints it.
  static func make<T: Encodable>(
    status: HTTPResponse.Status = .ok, body: T, headers: HTTPFields = [:]
  ) -> Response {
    text(
      JSONRenderer.pretty(body) + "\n", status: status, contentType: "application/json",
      headers: headers)
  }

  /// A response whose body is `text`, with the given content type.
  static func text(
    _ text: String, status: HTTPResponse.Status = .ok,
    contentType: String = "text/plain; charset=utf-8", headers: HTTPFields = [:]
  ) -> Response {
    var fields = headers
    fields[.contentType] = contentType
    return Response(
      status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }
}
