import HTTPTypes
import Hummingbird

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The token in a `POST /inspect` or `POST /lint` body: the body itself (one line; a trailing
/// newline is dropped, as the CLI drops it from a line of input), or a JSON object `{"token": "..."}`.
enum TokenBody {
  /// Reads at most `limit` bytes and extracts the token text.
  /// - Throws: 413 `body_too_large` over the limit; 400 `bad_body` for an empty body, several
  ///   lines, or JSON without a string `token`.
  static func read(_ request: Request, limit: Int) async throws -> String {
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
      throw ErrorBodyMiddleware<BasicRequestContext>.bodyTooLarge(limit)
    }
    let buffer = try await request.body.collect(upTo: limit)
    let text = String(decoding: buffer.readableBytesView, as: UTF8.self)
    let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
    if trimmed.first == "{" { return try fromJSON(Data(buffer.readableBytesView)) }
    var line = Substring(text)
    while let last = line.last, last == "\n" || last == "\r" || last == "\r\n" {
      line = line.dropLast()
    }
    if line.allSatisfy(\.isWhitespace) {
      throw ServerError(
        .badRequest, kind: "bad_body", "send the token as the body or as {\"token\": \"...\"}")
    }
    if line.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the body holds several lines; send one token per request (agtoken inspect reads batches)")
    }
    return String(line)
  }

  private struct Wrapped: Decodable {
    let token: String
  }

  private static func fromJSON(_ data: Data) throws(ServerError) -> String {
    do {
      let wrapped = try JSONDecoder().decode(Wrapped.self, from: data)
      guard !wrapped.token.isEmpty else {
        throw ServerError(.badRequest, kind: "bad_body", "\"token\" is empty")
      }
      return wrapped.token
    } catch let error as ServerError {
      throw error
    } catch {
      throw ServerError(
        .badRequest, kind: "bad_body",
        "the body starts with { but is not a JSON object with a string \"token\"")
    }
  }
}
