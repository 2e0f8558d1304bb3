import AgoraTokenTestSupport
import Foundation
import Testing

/// Runs the jq examples of README.md ("Examples with jq") against the built binary.
///
/// jq must be installed: `.ci/run` installs it, and this test fails (it does not skip) without it.
@Suite("README jq examples")
struct ReadmeJQTests {
  /// The `agtoken ... | jq ...` pipelines of the README's jq block, joined across `\` lines.
  static func pipelines() throws -> [String] {
    let readme = try String(
      contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    guard let start = readme.range(of: "### Examples with jq") else { return [] }
    let section = readme[start.upperBound...]
    guard let open = section.range(of: "```sh\n"),
      let close = section[open.upperBound...].range(of: "```")
    else { return [] }
    let block = section[open.upperBound..<close.lowerBound]
    var commands: [String] = []
    var current = ""
    for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.hasPrefix("#") || text.isEmpty { continue }
      if text.hasSuffix("\\") {
        current += text.dropLast() + " "
        continue
      }
      current += text
      if current.contains("| jq") && !current.contains("tokens.txt") { commands.append(current) }
      current = ""
    }
    return commands
  }

  static func jqPath() -> String? {
    ["/usr/bin/jq", "/usr/local/bin/jq"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test("jq is installed (CI installs it)")
  func jqInstalled() {
    #expect(Self.jqPath() != nil, "install jq: apt-get install -y jq")
  }

  @Test("the README has jq examples, json-array among them")
  func examplesFound() throws {
    let pipelines = try Self.pipelines()
    #expect(pipelines.count >= 4)
    #expect(pipelines.contains { $0.contains("json-array") })
  }

  @Test("every jq example runs and prints something")
  func examplesRun() throws {
    let jq = try #require(Self.jqPath())
    let folder = CommandLineRun.productsDirectory.path
    for pipeline in try Self.pipelines() {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/bash")
      process.arguments = ["-o", "pipefail", "-c", pipeline]
      process.currentDirectoryURL = Fixtures.repositoryRoot
      process.environment = [
        "PATH":
          "\(folder):\(URL(fileURLWithPath: jq).deletingLastPathComponent().path):/usr/bin:/bin",
        "NO_COLOR": "1",
      ]
      let out = Pipe()
      process.standardOutput = out
      process.standardError = Pipe()
      try process.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      // verify exits 1 for the expired sample; jq's own status is what the pipeline is about.
      let text = String(decoding: data, as: UTF8.self)
      #expect(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(pipeline)")
      #expect(!text.contains("null"), "\(pipeline): \(text)")
    }
  }
}
