import AgoraTokenTestSupport
import Foundation
import Testing

/// `--jobs N` spreads a batch over N cores and must not change a byte of the output.
@Suite("parallel batches, end to end")
struct ParallelBatchCLITests {
  @Test(
    "--jobs 2 gives byte-identical output to --jobs 1",
    arguments: [["inspect", "--format", "json"], ["lint", "--format", "ndjson"]])
  func identical(_ command: [String]) throws {
    let tokens = Fixtures.cases("tokens-007.json").compactMap { $0["token"] as? String }
    let malformed = Fixtures.cases("malformed.json").compactMap { $0["input"] as? String }
      .map { $0.replacingOccurrences(of: "\n", with: " ") }
    // More lines than one chunk, so that several chunks run in parallel and are stitched in order.
    var lines: [String] = []
    while lines.count < 2_100 { lines += tokens + malformed + ["garbage \(lines.count)"] }
    let file = try TemporaryFile.write(lines.joined(separator: "\n") + "\n")
    let base = command + ["--now", "1718000000", "--input", file.path]
    let one = try CommandLineRun.agtoken(base + ["--jobs", "1"])
    #expect(!one.stdout.isEmpty)
    let two = try CommandLineRun.agtoken(base + ["--jobs", "2"])
    #expect(two.status == one.status)
    #expect(two.stdout == one.stdout)
  }
}
