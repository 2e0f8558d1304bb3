import AgoraToken
import ArgumentParser
import Hummingbird
import HummingbirdTesting

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bounded load test for `agtoken serve` on loopback: a fixed number of requests over a fixed
/// number of keep-alive connections, alternating `GET /chat/app/token` and `POST /inspect`.
///
/// Every response is checked (status 200; the token decodes and verifies with the certificate;
/// the inspect document equals the first one). Reports requests per second, latency percentiles
/// and the server's resident memory before and after. It measures; it asserts no timing.
@main
struct LoadTest: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agtoken-serve-load",
    abstract: "Send a bounded load to agtoken serve on loopback and check every response.")

  @Option(help: "The server's port on 127.0.0.1.")
  var port: Int

  @Option(help: "Requests in all.")
  var requests = 10_000

  @Option(help: "Concurrent keep-alive connections.")
  var connections = 50

  @Option(name: .customLong("server-pid"), help: "The server's process id, to read its RSS.")
  var serverPID: Int32?

  @Option(
    name: .customLong("cert-env"),
    help: "The variable holding the server's certificate, to verify tokens.")
  var certEnv = "AGORA_APP_CERTIFICATE"

  @Option(help: "Warm-up requests before the RSS baseline.")
  var warmup = 500

  func validate() throws {
    guard requests > 0, connections > 0, connections <= 1000, requests <= 10_000_000 else {
      throw ValidationError("requests must be 1...10000000 and connections 1...1000")
    }
  }

  func run() async throws {
    guard let secret = getenv(certEnv).map({ String(cString: $0) }), !secret.isEmpty else {
      throw ValidationError("set \(certEnv) to the server's certificate")
    }
    let checker = ResponseChecker(
      certificate: AppCertificate(secret: secret, origin: "env \(certEnv)"))
    let reference = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
      let token = try await client.get("/chat/app/token")
      let text = try checker.token(token)
      let document = try await client.post("/inspect", body: ByteBuffer(string: text))
      return (text, try checker.body(document))
    }
    let baseline = rss()
    _ = try await drive(total: warmup, reference: reference, checker: checker)
    let before = rss()
    let start = ContinuousClock.now
    let latencies = try await drive(total: requests, reference: reference, checker: checker)
    let elapsed = ContinuousClock.now - start
    let after = rss()
    let seconds = Self.seconds(elapsed)
    let sorted = latencies.sorted()
    func percentile(_ p: Double) -> Double {
      sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1000
    }
    print("requests     \(latencies.count) over \(connections) connections, all checked")
    print("elapsed      \(Self.format(seconds)) s")
    print("throughput   \(Self.format(Double(latencies.count) / seconds)) requests/s")
    print(
      "latency ms   p50 \(Self.format(percentile(0.5)))  p90 \(Self.format(percentile(0.9)))  p99 \(Self.format(percentile(0.99)))  max \(Self.format((sorted.last ?? 0) * 1000))"
    )
    if let baseline, let before, let after {
      print(
        "server RSS   \(baseline / 1024) MiB at start, \(before / 1024) MiB after \(warmup) warm-up requests, \(after / 1024) MiB after the run (\(after >= before ? "+" : "")\(after - before) KiB)"
      )
    }
  }

  /// Sends `total` requests over `connections` connections; returns each latency in seconds.
  private func drive(total: Int, reference: (String, String), checker: ResponseChecker)
    async throws -> [Double]
  {
    let inspectBody = reference.0
    let expectedDocument = reference.1
    return try await withThrowingTaskGroup(of: [Double].self) { group in
      for connection in 0..<connections {
        let share = total / connections + (connection < total % connections ? 1 : 0)
        if share == 0 { continue }
        group.addTask {
          try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            var latencies: [Double] = []
            latencies.reserveCapacity(share)
            for index in 0..<share {
              let start = ContinuousClock.now
              if (index + connection) % 2 == 0 {
                let response = try await client.get("/chat/app/token")
                latencies.append(Self.seconds(ContinuousClock.now - start))
                _ = try checker.token(response)
              } else {
                let response = try await client.post(
                  "/inspect", body: ByteBuffer(string: inspectBody))
                latencies.append(Self.seconds(ContinuousClock.now - start))
                guard try checker.body(response) == expectedDocument else {
                  throw LoadError("an /inspect response differs from the first one")
                }
              }
            }
            return latencies
          }
        }
      }
      var all: [Double] = []
      for try await part in group { all += part }
      return all
    }
  }

  /// The server's resident set size in KiB, from /proc/PID/status (Linux).
  private func rss() -> Int? {
    guard let pid = serverPID, let file = fopen("/proc/\(pid)/status", "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let line {
      let text = String(cString: line)
      if text.hasPrefix("VmRSS:") {
        return Int(text.dropFirst(6).filter(\.isNumber))
      }
    }
    return nil
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func format(_ value: Double) -> String {
    let scaled = (value * 100).rounded() / 100
    return String(scaled)
  }
}

/// Checks responses: status 200, a token that decodes and verifies, or a body to compare.
struct ResponseChecker: Sendable {
  let certificate: AppCertificate

  func body(_ response: TestClient.Response) throws -> String {
    guard response.status == .ok else {
      throw LoadError("status \(response.status.code)")
    }
    return String(buffer: response.body ?? ByteBuffer())
  }

  func token(_ response: TestClient.Response) throws -> String {
    let text = try body(response)
    let decoded = try TokenDecoder.decode(text)
    guard TokenVerifier.verify(decoded.token, certificates: [certificate]).status == .valid else {
      throw LoadError("a token does not verify with the certificate")
    }
    return text
  }
}

struct LoadError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
