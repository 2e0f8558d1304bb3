#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads text files and streams line by line with `read(2)`, so no input is held in memory
/// whole, and no line either: a line longer than ``maximumLineBytes`` is cut there (its rest is
/// skipped, and a note on stderr says so), so one huge line cannot exhaust memory.
///
/// `read(2)` returns what a pipe holds, so each line of a live stream (`tail -f app.log |
/// agtoken ...`) is handed on as soon as it ends.
final class LineReader {
  /// The longest line kept, in bytes: 16 MiB, sixteen times the decoder's input limit, so an
  /// `--extract` or JSON line of that size is still read whole.
  static let maximumLineBytes = 16 << 20

  private let descriptor: Int32
  private let closes: Bool
  private let name: String
  private var buffer = [UInt8](repeating: 0, count: 64 << 10)
  private var start = 0
  private var end = 0
  private var atEnd = false
  private var lineNumber = 0
  /// The reason reading stopped early (`errno`'s text), when it was an error and not the end:
  /// standard input redirected from a directory, a file that fails to read.
  private(set) var failure: String?

  /// Opens `path` for reading; `nil` when it cannot be opened.
  init?(path: String) {
    let handle = open(path, O_RDONLY)
    guard handle >= 0 else { return nil }
    descriptor = handle
    closes = true
    name = path
  }

  /// Reads standard input.
  init?(standardInput: Void) {
    descriptor = STDIN_FILENO
    closes = false
    name = "standard input"
  }

  deinit {
    if closes { close(descriptor) }
  }

  /// The next line without its line ending, or `nil` at the end of input.
  func next() -> String? {
    var line: [UInt8] = []
    var consumed = false
    var skipped = 0
    while true {
      if start == end {
        guard fill() else { break }
      }
      consumed = true
      let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
        guard let base = bytes.baseAddress,
          let found = memchr(base + start, 0x0A, end - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      let stop = newline ?? end
      // The usual case: the whole line sits in the buffer, and becomes a string in one copy.
      if line.isEmpty, skipped == 0, let newline {
        let text = buffer.withUnsafeBufferPointer { bytes in
          Self.text(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
        }
        start = newline + 1
        lineNumber += 1
        return text
      }
      // One byte over the cap is kept for a CR of a CRLF ending, dropped below.
      let take = min(stop - start, max(0, Self.maximumLineBytes + 1 - line.count))
      line.append(contentsOf: buffer[start..<(start + take)])
      skipped += stop - start - take
      start = newline.map { $0 + 1 } ?? end
      if newline != nil { break }
    }
    guard consumed else { return nil }
    lineNumber += 1
    if line.last == 0x0D { line.removeLast() }
    if line.count > Self.maximumLineBytes {
      skipped += line.count - Self.maximumLineBytes
      line.removeLast(line.count - Self.maximumLineBytes)
    }
    if skipped > 0 {
      Output.standardError(
        "agtoken: line \(lineNumber) of \(name) is longer than \(Self.maximumLineBytes >> 20) MiB; only its first \(Self.maximumLineBytes >> 20) MiB are read"
      )
    }
    return line.withUnsafeBufferPointer(Self.text)
  }

  /// `bytes` as text, without the CR and LF at its end.
  private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var length = bytes.count
    while length > 0 && (bytes[length - 1] == 0x0A || bytes[length - 1] == 0x0D) { length -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
  }

  /// Reads the next block into the buffer; `false` at the end of input or on an error.
  private func fill() -> Bool {
    guard !atEnd else { return false }
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        start = 0
        end = count
        return true
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { failure = String(cString: strerror(errno)) }
      atEnd = true
      return false
    }
  }
}

/// Whole-file reads for small files (certificates, configuration).
enum TextFile {
  /// The file's text, or `nil` when it cannot be read.
  static func readAll(_ path: String) -> String? {
    guard let reader = LineReader(path: path) else { return nil }
    var lines: [String] = []
    while let line = reader.next() { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  /// Whether `path` names something readable that is not a directory: a regular file, or a
  /// pipe (`<(cmd)`, a FIFO) or device such as `/dev/stdin`.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
  }

  /// Whether `path` is a stream that may still be written to (a pipe, FIFO or device), whose
  /// records should be shown as they come.
  static func isStream(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG
  }

  /// Whether `path` can be opened for reading, checked without opening it: opening a FIFO to
  /// test it and closing it again would lose what its writer sent.
  static func isReadable(_ path: String) -> Bool {
    access(path, R_OK) == 0
  }

  /// Whether `path` names an existing directory.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether standard input is a terminal.
  static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
