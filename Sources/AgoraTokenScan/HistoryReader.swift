/// Reads every line added by every commit reachable from `HEAD`, oldest commit first, through
/// `git log -p` (never a hand-written object reader).
///
/// Merges are shown against their first parent, so what a merge brings is seen too, at the
/// merge if not earlier. With `-U0` a hunk holds only changed lines; its header says how many of
/// each, so an added line that itself starts with `+++` is never taken for a file header.
struct HistoryReader {
  /// The lines one commit added to one file, in order, with their line numbers in that commit.
  struct Block {
    var commit: String
    var file: String
    var lines: [LineDetector.Line]
  }

  let git: GitCommand
  /// Paths (relative to the git directory) to limit history to; empty for all of it.
  var pathspecs: [String] = []

  static let arguments = [
    "log", "-p", "-U0", "--reverse", "--no-color", "--no-ext-diff", "--no-textconv",
    "--no-renames", "--diff-merges=first-parent", "--relative", "--format=%x00%H", "HEAD",
  ]

  /// Hands every block to `consume`.
  /// - Returns: the number of commits read, or `nil` when git failed.
  func read(_ consume: @escaping (Block) -> Void) -> Int? {
    var parser = Parser(consume: consume)
    var pending: [UInt8] = []
    let limit = pathspecs.isEmpty ? [] : ["--"] + pathspecs.map { ":(literal)" + $0 }
    let ok = git.stream(Self.arguments + limit) { chunk in
      pending.append(contentsOf: chunk)
      var start = 0
      while let newline = pending[start...].firstIndex(of: 0x0A) {
        parser.take(pending[start..<newline])
        start = newline + 1
      }
      pending.removeFirst(start)
    }
    if !pending.isEmpty { parser.take(pending[...]) }
    parser.flush()
    return ok ? parser.commits : nil
  }

  /// The state of one pass over `git log -p` output.
  struct Parser {
    let consume: (Block) -> Void
    var commits = 0
    var commit = ""
    var file: String?
    var nextLine = 0
    var addedLeft = 0
    var removedLeft = 0
    var lines: [LineDetector.Line] = []

    init(consume: @escaping (Block) -> Void) { self.consume = consume }

    mutating func take(_ line: ArraySlice<UInt8>) {
      if addedLeft > 0 || removedLeft > 0 {
        switch line.first {
        case 0x2B:  // +
          addedLeft -= 1
          // A copy, so that no line keeps git's whole output buffer alive.
          lines.append(
            LineDetector.Line(number: nextLine, bytes: ArraySlice(Array(line.dropFirst()))))
          nextLine += 1
          if addedLeft == 0 && removedLeft == 0 { flush() }
          return
        case 0x2D:  // -
          removedLeft -= 1
          if addedLeft == 0 && removedLeft == 0 { flush() }
          return
        case 0x5C:  // "\ No newline at end of file"
          return
        default:
          flush()
        }
      }
      if line.first == 0 {
        flush()
        commits += 1
        commit = String(decoding: line.dropFirst(), as: UTF8.self)
        file = nil
      } else if line.starts(with: Array("+++ ".utf8)) {
        let path = String(decoding: line.dropFirst(4), as: UTF8.self)
        file = path.hasPrefix("b/") ? String(path.dropFirst(2)) : nil
      } else if line.starts(with: Array("diff --git ".utf8)) {
        flush()
        file = nil
      } else if line.starts(with: Array("@@ ".utf8)), file != nil,
        let (removed, start, added) = Self.hunk(String(decoding: line, as: UTF8.self))
      {
        removedLeft = removed
        addedLeft = added
        nextLine = start
      }
    }

    mutating func flush() {
      if let file, !lines.isEmpty {
        consume(Block(commit: commit, file: file, lines: lines))
      }
      lines.removeAll()
      addedLeft = 0
      removedLeft = 0
    }

    /// The removed count, the first added line and the added count of `@@ -a,b +c,d @@`.
    static func hunk(_ header: String) -> (Int, Int, Int)? {
      let parts = header.split(separator: " ")
      guard parts.count >= 3, parts[1].hasPrefix("-"), parts[2].hasPrefix("+") else { return nil }
      func range(_ part: Substring) -> (Int, Int)? {
        let fields = part.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
        guard let first = fields.first.flatMap({ Int($0) }) else { return nil }
        let count = fields.count > 1 ? Int(fields[1]) : 1
        guard let count, count >= 0 else { return nil }
        return (first, count)
      }
      guard let removed = range(parts[1]), let added = range(parts[2]) else { return nil }
      return (removed.1, added.0, added.1)
    }
  }
}
