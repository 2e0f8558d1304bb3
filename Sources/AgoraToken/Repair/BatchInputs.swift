/// One token-sized input of a batch and where it came from.
///
/// Made by ``BatchInputs`` (it has no public initialiser); read its members.
public struct BatchInput: Sendable, Equatable {
  /// The text to inspect, as found (the ``Inspector`` repairs it).
  public var text: String
  /// The file (or `-`, or `argument`) and the 1-based line it came from.
  public var source: InputSource
}

/// How the lines of a batch are read.
public enum BatchMode: Sendable, Equatable {
  /// One input per non-blank line; a line that is a JSON object or array gives its token fields.
  case lines
  /// Every token found by pattern in each line of free text (`--extract`); lines without one give none.
  case extract
}

/// The inputs of a stream of lines, in input order, produced lazily so memory stays flat.
///
/// Blank lines give no input but still count in line numbers; a UTF-8 byte order mark at the
/// start of the first line is dropped. In ``BatchMode/lines`` mode a
/// JSON document may span lines when its first line opens it and cannot be complete (a lone `{` or
/// `[` as pretty printers write it, or a line such as `{"data": {` or `{"code": 0,`); it is
/// collected up to ``maxDocumentBytes`` and must parse by then, otherwise its lines are read one
/// by one as usual.
public struct BatchInputs<Lines: Sequence>: Sequence where Lines.Element == String {
  /// The most UTF-8 bytes a multi-line JSON document may hold (1 MiB).
  public static var maxDocumentBytes: Int { 1 << 20 }

  private let lines: Lines
  private let file: String
  private let mode: BatchMode

  /// Reads `lines` of `file` (a path, `-` for stdin) in `mode`.
  public init(lines: Lines, file: String, mode: BatchMode) {
    self.lines = lines
    self.file = file
    self.mode = mode
  }

  /// Starts reading.
  public func makeIterator() -> Iterator {
    Iterator(lines: lines.makeIterator(), file: file, mode: mode)
  }

  /// Produces the inputs one at a time.
  public struct Iterator: IteratorProtocol {
    private var lines: Lines.Iterator
    private let file: String
    private let mode: BatchMode
    private var number = 0
    private var pending: [BatchInput] = []
    private var pendingIndex = 0

    init(lines: Lines.Iterator, file: String, mode: BatchMode) {
      self.lines = lines
      self.file = file
      self.mode = mode
    }

    /// The next input, or `nil` at the end of the lines.
    public mutating func next() -> BatchInput? {
      while pendingIndex >= pending.count {
        pending.removeAll(keepingCapacity: true)
        pendingIndex = 0
        guard var line = lines.next() else { return nil }
        number += 1
        // A byte order mark (Windows editors write one) belongs to the file, not to the token;
        // files joined with `cat` carry one at the start of a later line too.
        if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
        if mode == .lines, isDocumentStart(line) {
          pending = readDocument(firstLine: line)
        } else {
          pending = BatchLine.inputs(
            of: line, source: InputSource(file: file, line: number), mode: mode)
        }
      }
      defer { pendingIndex += 1 }
      return pending[pendingIndex]
    }

    /// A line that opens a JSON document and cannot be complete: a lone `{` or `[`, or a line
    /// starting with one of them and ending open (`{`, `[` or `,`), such as `{"data": {`.
    private func isDocumentStart(_ line: String) -> Bool {
      let trimmed = InputRepair.trimmed(line)
      guard let first = trimmed.first, first == "{" || first == "[", let last = trimmed.last
      else { return false }
      return trimmed.count == 1 || last == "{" || last == "[" || last == ","
    }

    /// Collects lines until they parse as one JSON document; falls back to line-by-line inputs
    /// at ``BatchInputs/maxDocumentBytes`` or at the first line that is a bare token.
    private mutating func readDocument(firstLine: String) -> [BatchInput] {
      let start = number
      var collected = [firstLine]
      var size = firstLine.utf8.count
      while size <= BatchInputs.maxDocumentBytes, let line = lines.next() {
        number += 1
        collected.append(line)
        size += line.utf8.count + 1
        let trimmed = InputRepair.trimmed(line)
        // A bare token cannot stand inside a JSON document: the opener was a stray `{` or `[`.
        // Stop here, so the lines after it are read one by one and a live stream does not wait
        // for a document that never closes.
        if InputRepair.isCleanTokenText(trimmed) { break }
        guard trimmed.hasSuffix("}") || trimmed.hasSuffix("]") else { continue }
        if let tokens = TokenExtraction.tokens(inJSON: collected.joined(separator: "\n")) {
          let source = InputSource(file: file, line: start)
          return tokens.isEmpty
            ? [BatchInput(text: collected.joined(separator: "\n"), source: source)]
            : tokens.map { BatchInput(text: $0, source: source) }
        }
      }
      return collected.enumerated().flatMap { offset, line in
        BatchLine.inputs(
          of: line, source: InputSource(file: file, line: start + offset), mode: mode)
      }
    }
  }
}

/// The inputs of one line (or one command-line argument).
public enum BatchLine {
  /// The inputs that `line` gives in `mode`, all with `source`.
  ///
  /// - ``BatchMode/lines``: nothing for a blank line; the token fields of a JSON object or array
  ///   (``TokenExtraction/tokens(inJSON:searchText:)``); otherwise the line itself, so that a bad
  ///   line gives exactly one (error) record.
  /// - ``BatchMode/extract``: the token fields of a JSON line, or every token found by pattern
  ///   (``TokenExtraction/tokens(inFreeText:)``); possibly none.
  public static func inputs(of line: String, source: InputSource, mode: BatchMode) -> [BatchInput] {
    if line.allSatisfy(\.isWhitespace) { return [] }
    switch mode {
    case .lines:
      if let tokens = TokenExtraction.tokens(inJSON: line), !tokens.isEmpty {
        return tokens.map { BatchInput(text: $0, source: source) }
      }
      return [BatchInput(text: line, source: source)]
    case .extract:
      let tokens =
        TokenExtraction.tokens(inJSON: line, searchText: true)
        ?? TokenExtraction.tokens(inFreeText: line)
      return tokens.map { BatchInput(text: $0, source: source) }
    }
  }
}
