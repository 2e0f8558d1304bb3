#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One access-log record. It holds no token, no certificate and no query value: only the method,
/// the path (long segments replaced by their fingerprint), the query keys, the status, the
/// duration and the fingerprint of the token issued or inspected.
public struct AccessLogRecord: Sendable, Equatable {
  /// The HTTP method, for example `GET`.
  public var method: String
  /// The matched route's template (`/chat/user/token/{user_id}`); for an unmatched path, the path
  /// when it is at most 40 bytes, else `<fp:FINGERPRINT>`, so that a token pasted into a path
  /// never reaches the log.
  public var path: String
  /// The names of the query parameters, in request order, without their values.
  public var queryKeys: [String]
  /// The response status code.
  public var status: Int
  /// The time from request to response head, in seconds.
  public var duration: Double
  /// The ``AgoraToken/Inspection/fingerprint`` of the token issued, inspected or linted, if any.
  public var fingerprint: String?

  /// Creates a record.
  public init(
    method: String, path: String, queryKeys: [String], status: Int, duration: Double,
    fingerprint: String?
  ) {
    self.method = method
    self.path = path
    self.queryKeys = queryKeys
    self.status = status
    self.duration = duration
    self.fingerprint = fingerprint
  }

  /// The record as one logfmt line: `method=GET path=/chat/app/token query= status=200
  /// duration_ms=0.41 fingerprint=0a1b2c3d4e5f`.
  public var line: String {
    let milliseconds = (duration * 1000 * 1000).rounded() / 1000
    return
      "method=\(method) path=\(path) query=\(queryKeys.joined(separator: ",")) status=\(status) duration_ms=\(milliseconds) fingerprint=\(fingerprint ?? "-")"
  }
}

/// Where access-log records go.
public struct AccessLog: Sendable {
  private let sink: @Sendable (AccessLogRecord) -> Void

  /// A log that hands every record to `sink`.
  public init(_ sink: @escaping @Sendable (AccessLogRecord) -> Void) { self.sink = sink }

  /// Writes `record`.
  public func write(_ record: AccessLogRecord) { sink(record) }

  /// One line per request on stderr, prefixed with the UTC time, written with a single `write(2)`
  /// so that lines from concurrent requests never interleave.
  public static let standardError = AccessLog { record in
    let time = Date().formatted(.iso8601)
    writeToStandardError("time=\(time) \(record.line)\n")
  }

  /// No access log.
  public static let disabled = AccessLog { _ in }
}

/// Writes `text` to stderr in one `write(2)` call (lines under PIPE_BUF never interleave).
func writeToStandardError(_ text: String) {
  let bytes = Array(text.utf8)
  bytes.withUnsafeBytes { raw in
    guard let base = raw.baseAddress else { return }
    _ = write(STDERR_FILENO, base, raw.count)
  }
}
