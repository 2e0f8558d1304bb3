import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import ArgumentParser

/// `agtoken diff A B`: decode two tokens of any versions and list their differences field by field.
///
/// Exit codes: 0 equivalent, 1 different, 3 one of them cannot be decoded, 2 usage.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two tokens field by field (app id, times, services, privileges, uid kind).",
    discussion: """
      Each argument is a token, or a file whose first non-blank line is a token. Salt, signature \
      and absolute times are listed but do not make tokens differ. A 006 token stores the channel \
      and uid only as CRC-32s, so they are compared with a 007 token's channel and uid by CRC. \
      Exit codes: 0 equivalent, 1 different, 2 usage, 3 a token could not be decoded.

      EXAMPLES:
        agtoken diff old.token new.token
        agtoken diff -f json "$OLD_TOKEN" "$NEW_TOKEN" | jq '.differences'
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: ArgumentHelp("The first token, or a file holding it.", valueName: "A"))
  var first: String

  @Argument(help: ArgumentHelp("The second token, or a file holding it.", valueName: "B"))
  var second: String

  @Option(name: .shortAndLong, help: "Output format: text or json.")
  var format: Format = .text

  @Flag(name: .customLong("no-repair"), help: "Decode the inputs exactly as given: no repairs.")
  var noRepair = false

  @Flag(help: "Treat trailing bytes, a bad signature length and a bad app id as errors.")
  var strict = false

  func run() throws {
    let pipeline = InspectionPipeline(
      InspectionSettings(
        now: TimePoint.current.seconds, decode: DecodeOptions(strict: strict), repair: !noRepair))
    let left = try inspect(first, position: 1, pipeline)
    let right = try inspect(second, position: 2, pipeline)
    var diff: TokenDiff?
    if let a = left.decoded, let b = right.decoded {
      diff = TokenDiff.compare(a.token, b.token)
    }
    let document = DiffDocument(left: left, right: right, diff: diff)
    Output.line(format == .json ? JSONRenderer.pretty(document) : document.text)
    Output.flush()
    guard let diff else { throw ExitCode(ExitStatus.undecodable.rawValue) }
    if !diff.isEquivalent { throw ExitCode(ExitStatus.failed.rawValue) }
  }

  private func inspect(_ argument: String, position: Int, _ pipeline: InspectionPipeline) throws
    -> Inspection
  {
    if TextFile.isDirectory(argument) {
      throw ValidationError("\(argument) is a directory; give a token or a file holding one")
    }
    // As `inspect` does: an argument shaped like a path that names nothing is a typo, not a token.
    if !TextFile.exists(argument) && TokenInputOptions.looksLikePath(argument) {
      throw ValidationError("no such file: \(argument)")
    }
    guard TextFile.exists(argument) else {
      return pipeline.inspect(argument, source: InputSource(file: "argument", line: position))
        .inspection
    }
    guard let reader = LineReader(path: argument) else {
      throw ValidationError("cannot open \(argument)")
    }
    var number = 0
    while let line = reader.next() {
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      return pipeline.inspect(line, source: InputSource(file: argument, line: number)).inspection
    }
    throw ValidationError("\(argument) holds no token")
  }
}
