import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `agtoken serve` as a user runs it: the CLI execs `agtoken-serve`, which reads its configuration,
/// announces its port, serves on loopback and stops cleanly on SIGTERM and SIGINT.
@Suite("agtoken serve, as a process", .serialized)
struct ServeProcessTests {
  @Test(
    "agtoken serve passes arguments through, serves, and exits 0 on SIGTERM and SIGINT",
    arguments: [SIGTERM, SIGINT])
  func signals(signal: Int32) async throws {
    let appID = ServerFixture.randomHex32()
    let certificate = ServerFixture.randomHex32()
    let server = try ServerProcess.start(
      ["serve", "--port", "0", "--app-id", appID, "--expire", "120", "--now", "1800000000"],
      environment: ["AGORA_APP_CERTIFICATE": certificate])
    defer { server.stop() }
    let port = try await server.waitForPort()
    let response = try await RawHTTP.get(port: port, "/chat/app/token")
    #expect(response.status == 200)
    let token = response.body
    let checked = try CheckedToken(token, certificate: certificate)
    #expect(checked.signature == .valid)
    #expect(checked.token.expire == 120)
    #expect(checked.token.issueTs == 1_800_000_000)
    let status = await server.signal(signal)
    #expect(status == 0)
    let log = server.standardError
    #expect(log.contains("listening on http://127.0.0.1:\(port)"))
    #expect(log.contains("signing with the certificate from env AGORA_APP_CERTIFICATE"))
    #expect(log.contains("method=GET path=/chat/app/token query= status=200"))
    #expect(log.contains("fingerprint=\(Inspection.fingerprint(of: token))"))
    #expect(log.contains("agtoken serve: stopped"))
    #expect(!log.contains(token))
    #expect(!log.contains(certificate))
  }

  @Test("--config reads the demo's application.properties and warns about appcert")
  func properties() async throws {
    let appID = ServerFixture.randomHex32()
    let certificate = ServerFixture.randomHex32()
    let file = try TemporaryFile.write(
      "# demo\nserver.port=0\nappid=\(appID)\nappcert = \(certificate)\nexpire.second=300\n",
      name: "application.properties", permissions: 0o644)
    let server = try ServerProcess.start(["serve", "--config", file.path])
    defer { server.stop() }
    let port = try await server.waitForPort()
    let response = try await RawHTTP.get(port: port, "/chat/app/token?format=json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
    #expect(json["expires_in"] as? Int == 300)
    let checked = try CheckedToken(json["token"] as? String ?? "", certificate: certificate)
    #expect(checked.signature == .valid)
    #expect(checked.token.appID == appID)
    #expect(await server.signal(SIGTERM) == 0)
    let log = server.standardError
    #expect(log.contains("warning: the App Certificate comes from \(file.path) (appcert)"))
    #expect(log.contains("accessible by group or others"))
    #expect(!log.contains(certificate))
  }

  @Test(
    "configuration errors exit 2 with a message and no secret",
    arguments: [
      (["serve", "--expire", "86401"], "1...86400"),
      (["serve", "--port", "0"], "App ID"),
      (["serve", "--app-id", "xyz"], "32 hexadecimal"),
      (["serve", "--cert-file", "/nonexistent/certs"], "cannot read certificate file"),
    ] as [([String], String)])
  func configurationErrors(arguments: [String], message: String) throws {
    let certificate = ServerFixture.randomHex32()
    var args = arguments
    if !args.contains("--app-id") && message != "App ID" {
      args += ["--app-id", ServerFixture.randomHex32()]
    }
    let run = try CommandLineRun.agtoken(
      args, environment: ["AGORA_APP_CERTIFICATE": certificate])
    #expect(run.status == 2)
    #expect(run.stderr.contains(message))
    #expect(!run.stderr.contains(certificate))
  }
}

/// A running `agtoken serve` process with stderr captured in a file.
final class ServerProcess: @unchecked Sendable {
  let process: Process
  let logURL: URL

  static func start(_ arguments: [String], environment: [String: String] = [:]) throws
    -> ServerProcess
  {
    let process = Process()
    process.executableURL = CommandLineRun.productsDirectory.appendingPathComponent("agtoken")
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin"]
    env.merge(environment) { _, new in new }
    process.environment = env
    let logURL = FileManager.default.temporaryDirectory.appendingPathComponent(
      "agtoken-serve-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
    let handle = try FileHandle(forWritingTo: logURL)
    process.standardError = handle
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    return ServerProcess(process: process, logURL: logURL)
  }

  private init(process: Process, logURL: URL) {
    self.process = process
    self.logURL = logURL
  }

  var standardError: String {
    (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
  }

  /// Waits (polling the log, up to a minute on a loaded machine) for the announced port.
  ///
  /// It sleeps without holding a thread: a blocked thread of the concurrency pool (two on this
  /// machine) would starve the HTTP client's tasks until the server closed the idle connection.
  func waitForPort() async throws -> Int {
    let marker = "listening on http://127.0.0.1:"
    for _ in 0..<1200 {
      let log = standardError
      if let range = log.range(of: marker) {
        let digits = log[range.upperBound...].prefix(while: \.isNumber)
        if let port = Int(digits) { return port }
      }
      if !process.isRunning { break }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw CheckError("the server did not start: \(standardError)")
  }

  /// Sends `signal` and returns the exit status, waiting on a thread of its own (see
  /// ``waitForPort()``).
  func signal(_ signal: Int32) async -> Int32 {
    kill(process.processIdentifier, signal)
    let process = process
    return await withCheckedContinuation { continuation in
      Thread.detachNewThread {
        process.waitUntilExit()
        continuation.resume(returning: process.terminationStatus)
      }
    }
  }

  /// Kills the process if it still runs and removes its log; blocks only for a killed process.
  func stop() {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: logURL)
  }

}
