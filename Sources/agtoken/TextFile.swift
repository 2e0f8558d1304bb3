#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads text files and streams line by line through C stdio, so no input is held in memory whole.
final class LineReader {
  private let file: UnsafeMutablePointer<FILE>
  private let closes: Bool
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0
  /// The reason reading stopped early (`errno`'s text), when it was an error and not the end:
  /// standard input redirected from a directory, a file that fails to read.
  private(set) var failure: String?

  /// Opens `path` for reading; `nil` when it cannot be opened.
  init?(path: String) {
    guard let handle = fopen(path, "r") else { return nil }
    file = handle
    closes = true
  }

  /// Reads standard input; `nil` only if the descriptor cannot be opened as a stream.
  init?(standardInput: Void) {
    guard let handle = fdopen(STDIN_FILENO, "r") else { return nil }
    file = handle
    closes = false
  }

  deinit {
    free(buffer)
    if closes { fclose(file) }
  }

  /// The next line without its line ending, or `nil` at the end of input.
  func next() -> String? {
    errno = 0
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else {
      if ferror(file) != 0 { failure = String(cString: strerror(errno == 0 ? EIO : errno)) }
      return nil
    }
    var length = count
    while length > 0 && (buffer[length - 1] == 0x0A || buffer[length - 1] == 0x0D) { length -= 1 }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
      String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
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
