import AgoraToken
import ArgumentParser

/// Where tokens come from: arguments, files named as arguments or with `--input`, or stdin.
///
/// Every source is streamed line by line (``LineReader``); see ``BatchInputs`` for JSON lines,
/// multi-line JSON documents and `--extract`.
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

  @Flag(
    help: ArgumentHelp(
      "Find every token (007e..., 006 + app id..., YWMt...) inside each line of free text, such as a log."
    ))
  var extract = false

  @Flag(name: .customLong("no-repair"), help: "Decode the input exactly as given: no repairs.")
  var noRepair = false

  @Flag(help: "Treat trailing bytes, a bad signature length and a bad app id as errors.")
  var strict = false

  @Flag(
    name: .customLong("show-token"),
    help: "Show the token text in reports instead of its fingerprint.")
  var showToken = false

  @Flag(
    help:
      "Print what happens to each input on stderr (source, repairs, decode, certificates tried by origin; never a secret)."
  )
  var verbose = false

  @Flag(
    name: .shortAndLong,
    help: "Print no summary or progress on stderr; reports and errors still appear.")
  var quiet = false

  @Flag(
    name: .customLong("summary-only"),
    help:
      "Print only the run's counts (by status and rule) instead of a report per input; text, or JSON for -f json/json-array/ndjson. The exit code is unchanged."
  )
  var summaryOnly = false

  /// Whether the command has nothing to read and stdin is a terminal: it should print usage.
  var wouldWaitOnTerminal: Bool {
    tokens.isEmpty && inputFiles.isEmpty && TextFile.stdinIsTerminal
  }

  @Option(
    help: ArgumentHelp(
      "Process inputs on this many cores; output stays in input order.",
      valueName: "n"))
  var jobs: Int = 1

  /// Checks `--jobs`.
  func validate() throws {
    guard (1...64).contains(jobs) else {
      throw ValidationError("--jobs takes a number from 1 to 64")
    }
  }

  /// Whether an argument is evidently a file name rather than a token.
  static func looksLikePath(_ argument: String) -> Bool {
    argument.hasPrefix("/") || argument.hasPrefix("./") || argument.hasPrefix("../")
      || argument.hasPrefix("~")
      || [".token", ".txt", ".log", ".json"].contains { argument.hasSuffix($0) }
  }

  /// Whether tokens would be read from stdin: no arguments and no `--input`, or a `-` argument.
  var readsStandardInput: Bool {
    (tokens.isEmpty && inputFiles.isEmpty) || tokens.contains("-")
  }

  /// Refuses a run in which certificates and tokens would both come from stdin.
  func checkStandardInput(certificatesUseStandardInput: Bool) throws {
    if certificatesUseStandardInput && readsStandardInput {
      throw ValidationError(
        "--cert-stdin takes stdin, so give the tokens as arguments or with --input")
    }
  }

  /// How lines are read: one token per line, or every token found in free text.
  var mode: BatchMode { extract ? .extract : .lines }

  /// Calls `body` for every input token, in input order, streaming files and stdin line by line.
  ///
  /// Blank lines are skipped but still count in line numbers. An argument is one "line" whose
  /// line number is its position among the arguments. Records written while reading stdin are
  /// flushed after every input, so streaming consumers see them at once.
  /// - Throws: `ValidationError` when a file named with `--input` cannot be opened (checked before
  ///   any input is read), or what `body` throws.
  func forEachInput(_ body: (String, InputSource) throws -> Void) throws {
    for path in inputFiles + tokens where TextFile.isDirectory(path) {
      throw ValidationError("\(path) is a directory; give a file of tokens, one per line")
    }
    // A token never starts with '/' or '.' or ends in a file extension: such an argument is a
    // file name with a typo, and decoding it as a token would only confuse.
    for path in tokens where !TextFile.exists(path) && Self.looksLikePath(path) {
      throw ValidationError("no such file: \(path)")
    }
    for path in inputFiles where !TextFile.isReadable(path) {
      throw ValidationError(
        TextFile.exists(path) ? "cannot open \(path)" : "no such file: \(path)")
    }
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
        let origin = InputSource(file: "argument", line: position)
        let inputs = BatchLine.inputs(of: text, source: origin, mode: mode)
        // An argument is given on purpose: even an empty one gets its record (error `empty`).
        if inputs.isEmpty && mode == .lines { try body(text, origin) }
        for input in inputs { try body(input.text, input.source) }
      case .standardInput:
        guard let reader = LineReader(standardInput: ()) else {
          throw ValidationError("cannot read standard input")
        }
        // stdin may be a live stream (`tail -f app.log | agtoken ...`): show each record at once.
        try read(reader, name: "-") { text, source in
          try body(text, source)
          Output.flush()
        }
      case .file(let path):
        guard let reader = LineReader(path: path) else {
          throw ValidationError("cannot open \(path)")
        }
        guard TextFile.isStream(path) else {
          try read(reader, name: path, body)
          continue
        }
        // A pipe or FIFO may be a live stream, like stdin: show each record at once.
        try read(reader, name: path) { text, source in
          try body(text, source)
          Output.flush()
        }
      }
    }
  }

  private func read(
    _ reader: LineReader, name: String, _ body: (String, InputSource) throws -> Void
  ) throws {
    let lines = AnySequence { AnyIterator { reader.next() } }
    for input in BatchInputs(lines: lines, file: name, mode: mode) {
      try body(input.text, input.source)
    }
    // A read error is not the end of the input: stop with a usage/IO error, never a clean run.
    if let failure = reader.failure {
      throw ValidationError(
        "cannot read \(name == "-" ? "standard input" : name): \(failure)")
    }
  }
}

private enum InputSourceSpec {
  case argument(String, Int)
  case standardInput
  case file(String)
}
