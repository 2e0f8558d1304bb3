import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sends bytes no HTTP client library would send (a broken chunk size) to a live server on
/// loopback and returns what comes back until the server closes or the timeout (three seconds
/// unless given) passes; and plain `GET`s to a server in another process.
enum RawHTTP {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Runs the blocking exchange on a thread of its own: blocking a thread of the concurrency
  /// pool would starve the server's handlers, which run on the same pool.
  static func exchange(port: Int, request: String, timeout: Int = 3) async throws -> String {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread {
        continuation.resume(
          with: Result {
            try blockingExchange(port: port, request: request, timeout: timeout)
          })
      }
    }
  }

  /// `GET path` with `Connection: close`, the status code and the body. The exchange runs on a
  /// thread of its own, so a test process whose concurrency pool is busy with other tests (the
  /// CLI tests block it while their processes run) cannot keep the request from being sent
  /// until the server closes the idle connection.
  static func get(port: Int, _ path: String) async throws -> (status: Int, body: String) {
    let answer = try await exchange(
      port: port,
      request: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
      timeout: 30)
    guard let headEnd = answer.range(of: "\r\n\r\n"),
      let status = Int(answer.split(separator: " ").dropFirst().first ?? "")
    else { throw Failure(description: "no HTTP answer: \(answer.prefix(80))") }
    return (status, String(answer[headEnd.upperBound...]))
  }

  private static func blockingExchange(port: Int, request: String, timeout: Int) throws -> String {
    #if canImport(Glibc)
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw Failure(description: "socket failed") }
    defer { close(descriptor) }
    var timeout = timeval(tv_sec: timeout, tv_usec: 0)
    setsockopt(
      descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
    let connected = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw Failure(description: "connect failed") }
    let bytes = Array(request.utf8)
    guard send(descriptor, bytes, bytes.count, 0) == bytes.count else {
      throw Failure(description: "send failed")
    }
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = recv(descriptor, &buffer, buffer.count, 0)
      guard count > 0 else { break }
      received += buffer[0..<count]
      if let text = String(validating: received, as: UTF8.self), text.contains("}\n}") { break }
    }
    return String(decoding: received, as: UTF8.self)
  }
}
