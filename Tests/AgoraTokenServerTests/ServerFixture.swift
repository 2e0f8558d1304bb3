import AgoraToken
import AgoraTokenServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A server configuration with fresh credentials for one test, and helpers to run it on loopback.
struct ServerFixture: Sendable {
  /// A fixed clock, so issue_ts and expiry are known.
  static let now: UInt64 = 1_800_000_000
  /// The environment variable the certificate comes from, as `--cert-env` would name it.
  static let certificateVariable = "AGTOKEN_SERVE_TEST_CERT"

  let appID = ServerFixture.randomHex32()
  let certificate = ServerFixture.randomHex32()
  var bearer: String?
  var maxBodyBytes = ServerConfiguration.defaultMaxBodyBytes
  var defaultExpire: UInt32 = 3600
  /// The server's clock: fixed at ``now`` unless a test asks for a running one.
  var clock = ServerClock.fixed(ServerFixture.now)

  var configuration: ServerConfiguration {
    ServerConfiguration(
      host: "127.0.0.1", port: 0, appID: appID,
      certificates: [
        AppCertificate(secret: certificate, origin: "env \(Self.certificateVariable)")
      ],
      defaultExpire: defaultExpire, bearer: bearer.map(BearerSecret.init),
      maxBodyBytes: maxBodyBytes, clock: clock)
  }

  /// Runs a real server on 127.0.0.1 on a free port and calls `body` with a client connected to it.
  func live<Value: Sendable>(
    log: LogCapture = LogCapture(),
    _ body: @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    let application = TokenServer.application(configuration, accessLog: log.accessLog)
    return try await application.test(.live) { client in
      #expect(client.port != nil)
      return try await body(client)
    }
  }

  /// 32 random lower-case hex characters (never a public vector's value).
  static func randomHex32() -> String {
    UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
  }
}

/// Collects access-log records for assertions.
final class LogCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [AccessLogRecord] = []

  var accessLog: AccessLog {
    AccessLog { record in
      self.lock.lock()
      self.stored.append(record)
      self.lock.unlock()
    }
  }

  var records: [AccessLogRecord] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

extension TestResponse {
  /// The body as text.
  var text: String { String(buffer: body) }

  /// The body as a JSON object.
  var json: [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
  }

  /// The error kind of a JSON error body.
  var errorKind: String? { (json?["error"] as? [String: Any])?["kind"] as? String }
}

extension TestClientProtocol {
  /// GET `uri`.
  func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
    try await execute(uri: uri, method: .get, headers: headers)
  }

  /// POST `text` to `uri`.
  func post(_ uri: String, _ text: String, headers: HTTPFields = [:]) async throws -> TestResponse {
    try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: text))
  }
}

/// A decoded, verified 007 token.
struct CheckedToken {
  let token: AccessToken2
  let signature: SignatureCheck.Status

  init(_ text: String, certificate: String) throws {
    let decoded = try TokenDecoder.decode(text)
    guard case .accessToken2(let token) = decoded.token else {
      throw CheckError("not a 007 token")
    }
    self.token = token
    signature =
      TokenVerifier.verify(
        decoded.token, certificates: [AppCertificate(secret: certificate, origin: "test")]
      ).status
  }

  /// The privileges of the only service, as id -> value.
  var privileges: [UInt16: UInt32] {
    Dictionary(
      (token.services.first?.privileges ?? []).map { ($0.id, $0.value) },
      uniquingKeysWith: { first, _ in first })
  }
}

struct CheckError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
