import AgoraTokenTestSupport
import Foundation
import Testing

/// Runs the built `agtoken diff` and checks its exit codes and JSON.
@Suite("agtoken diff end to end")
struct DiffCommandTests {
  static let binary = Fixtures.repositoryRoot.appendingPathComponent(".build/debug/agtoken")

  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = Pipe()
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func token(_ file: String, _ id: String, _ key: String = "token") -> String {
    Fixtures.cases(file).first { $0["id"] as? String == id }?[key] as? String ?? ""
  }

  @Test(
    "exit 0 equivalent, 1 different, 3 undecodable, 2 usage",
    .enabled(if: FileManager.default.isExecutableFile(atPath: binary.path)))
  func exitCodes() throws {
    let a = Self.token("tokens-006.json", "p006-rtc-publisher-uid")
    let b = Self.token("tokens-006.json", "p006-rtc-account")
    #expect(try Self.run(["diff", a, a]).status == 0)
    let different = try Self.run(["diff", "--format", "json", a, b])
    #expect(different.status == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(different.output.utf8)) as? [String: Any])
    #expect(document["equivalent"] as? Bool == false)
    let fields = (document["differences"] as? [[String: Any]] ?? []).compactMap {
      $0["field"] as? String
    }
    #expect(fields.contains("RTC.uid_kind"))
    #expect(try Self.run(["diff", a, "not-a-token"]).status == 3)
    #expect(try Self.run(["diff", a]).status == 2)
    #expect(try Self.run(["diff", "--format", "yaml", a, a]).status == 2)
  }
}
