import AgoraTokenLint
import AgoraTokenScan
import AgoraTokenTestSupport
import Foundation
import Testing

/// `agtoken lint` and `agtoken rules` end to end: exit codes, config discovery and overrides.
///
/// Runs the built binary found as ``CommandLineRun`` finds it.
@Suite("agtoken lint command line")
struct LintCLITests {
  static let binary = CommandLineRun.productsDirectory.appendingPathComponent("agtoken")

  static func token(_ id: String) -> String {
    Fixtures.cases("tokens-007.json").first { $0["id"] as? String == id }?["token"] as? String
      ?? ""
  }

  /// Runs agtoken in `directory` with `arguments` and `stdin`; returns the exit code and stdout.
  static func run(_ arguments: [String], in directory: URL? = nil, stdin: String = "") throws
    -> (Int32, String)
  {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
    var environment = ProcessInfo.processInfo.environment
    environment["AGORA_APP_CERTIFICATE"] = nil
    environment["GITHUB_ACTIONS"] = nil
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "agtoken-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("nested"), withIntermediateDirectories: true)
    return url
  }

  @Test("exit codes 0, 1, 2, 3 and --exit-zero")
  func exitCodes() throws {
    let clean = Self.token("p007-rtc-publisher-uid")
    let long = Self.token("p007-expire-2-days")
    // 2024-06-10T08:00:00Z: the first token is valid, the second one not yet issued.
    let now = "2024-06-10T08:00:00Z"
    #expect(try Self.run(["lint", clean, "--now", now]).0 == 0)
    #expect(try Self.run(["lint", clean, "--now", now, "--fail-on", "info"]).0 == 1)
    #expect(try Self.run(["lint", long, "--now", now]).0 == 1)
    #expect(try Self.run(["lint", long, "--now", now, "--ignore", "AT202"]).0 == 0)
    #expect(try Self.run(["lint", long, "--now", now, "--exit-zero"]).0 == 0)
    #expect(try Self.run(["lint", "007eJxbroken", "--now", now]).0 == 3)
    #expect(try Self.run(["lint", clean, "--select", "no_such_rule"]).0 == 2)
    #expect(try Self.run(["lint", clean, "--expires-within", "soon"]).0 == 2)
    #expect(try Self.run(["lint", clean, "--expect-privilege", "fly"]).0 == 2)
    #expect(try Self.run(["lint", "--input", "/nonexistent/tokens.txt"]).0 == 2)
    let (code, output) = try Self.run(
      ["lint", "--now", now, "--expires-within", "1h", "--format", "github"], stdin: clean + "\n")
    #expect(code == 0)
    #expect(output.hasPrefix("::warning title=AT205 expires_within::"))
  }

  @Test(".agtoken.toml is found upward and flags override it")
  func configuration() throws {
    let root = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: root) }
    try "[lint]\nfail_on = \"info\"\nformat = \"ndjson\"\n".write(
      to: root.appendingPathComponent(".agtoken.toml"), atomically: true, encoding: .utf8)
    let nested = root.appendingPathComponent("nested")
    let clean = Self.token("p007-rtc-publisher-uid")
    let now = "2024-06-10T08:00:00Z"
    let (code, output) = try Self.run(["lint", clean, "--now", now], in: nested)
    #expect(code == 1)
    #expect(output.hasPrefix("{") && output.contains("\"signature_not_checked\""))
    #expect(try Self.run(["lint", clean, "--now", now, "--fail-on", "error"], in: nested).0 == 0)
    try "fail_on = 3\n".write(
      to: root.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
    #expect(try Self.run(["lint", clean, "--config", "../bad.toml"], in: nested).0 == 2)
  }

  @Test("agtoken rules lists and explains")
  func rules() throws {
    let (code, list) = try Self.run(["rules"])
    #expect(code == 0 && list.contains("AT201  error    token_expired"))
    let (_, one) = try Self.run(["rules", "AT201"])
    #expect(one.hasPrefix("AT201 token_expired"))
    let (_, json) = try Self.run(["rules", "privilege_zero", "--format", "json"])
    #expect(json.contains("\"severity\" : \"info\""))
    #expect(try Self.run(["rules", "AT999"]).0 == 2)
  }

  @Test("scan rules have codes of their own, and agtoken rules explains them")
  func scanRules() throws {
    let lintCodes = Set(RuleRegistry.descriptors.map(\.code))
    #expect(lintCodes.isDisjoint(with: ScanRule.all.map(\.code)))
    #expect(ScanRule.all.map(\.code) == ["AT601", "AT602", "AT603"])
    let (code, text) = try Self.run(["rules", "AT601"])
    #expect(code == 0)
    #expect(text.hasPrefix("AT601 certificate_in_source  (error, agtoken scan)"))
    let (_, json) = try Self.run(["rules", "token_in_source", "--format", "json"])
    #expect(json.contains(#""code" : "AT602""#))
    #expect(try Self.run(["rules", "AT501"]).1.hasPrefix("AT501 legacy_version"))
  }
}
