import AgoraToken
import ArgumentParser

/// Where tokens come from: arguments, files named as arguments or with `--input`, or stdin.
struct TokenInputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Tokens, or files of tokens (one per line). '-' or nothing reads stdin.",
      valueName: "token-or-file"))
  var tokens: [String] = []

  @Option(
    name: .customLong("input"),
    help: ArgumentHelp("Read tokens from a file, one per line. Repeatable.", valueName: "file"))
  var inputFiles: [String] = []

  @Flag(name: .customLong("no-repair"), help: "Decode the input exactly as given: no repairs.")
  var noRepair = false

  @Flag(help: "Treat trailing bytes, a bad signature length and a bad app id as errors.")
  var strict = false

  @Flag(
    name: .customLong("show-token"),
    help: "Show the token text in reports instead of its fingerprint.")
  var showToken = false

  /// Whether the command has nothing to read and stdin is a terminal: it should print usage.
  var wouldWaitOnTerminal: Bool {
    tokens.isEmpty && inputFiles.isEmpty && TextFile.stdinIsTerminal
  }

  /// Calls `body` for every input token, in input order, streaming files and stdin line by line.
  /// Blank lines are skipped but still count in line numbers.
  /// - Throws: `ValidationError` when a file named with `--input` cannot be opened.
  func forEachInput(_ body: (String, InputSource) throws -> Void) throws {
    var sources: [InputSourceSpec] = []
    if tokens.isEmpty && inputFiles.isEmpty { sources.append(.standardInput) }
    for (index, token) in tokens.enumerated() {
      if token == "-" {
        sources.append(.standardInput)
      } else if TextFile.exists(token) {
        sources.append(.file(token))
      } else {
        sources.append(.argument(token, index + 1))
      }
    }
    sources += inputFiles.map { InputSourceSpec.file($0) }
    for source in sources {
      switch source {
      case .argument(let text, let position):
        try body(text, InputSource(file: "argument", line: position))
      case .standardInput:
        guard let reader = LineReader(standardInput: ()) else {
          throw ValidationError("cannot read standard input")
        }
        try readLines(reader, name: "-", body)
      case .file(let path):
        guard let reader = LineReader(path: path) else {
          throw ValidationError("cannot open \(path)")
        }
        try readLines(reader, name: path, body)
      }
    }
  }

  private func readLines(
    _ reader: LineReader, name: String, _ body: (String, InputSource) throws -> Void
  ) throws {
    var number = 0
    while let line = reader.next() {
      number += 1
      if line.allSatisfy(\.isWhitespace) { continue }
      try body(line, InputSource(file: name, line: number))
    }
  }
}

private enum InputSourceSpec {
  case argument(String, Int)
  case standardInput
  case file(String)
}
