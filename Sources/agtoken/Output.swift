#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writes to stdout and unbuffered writes to stderr, through the file descriptors.
enum Output {
  // The CLI writes from one thread only; the buffer is not shared across tasks.
  nonisolated(unsafe) private static var buffer: [UInt8] = []
  private static let flushThreshold = 64 * 1024

  /// Writes `text` to stdout without adding a newline.
  static func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= flushThreshold { flush() }
  }

  /// Writes a line to stdout.
  static func line(_ text: String) {
    write(text)
    write("\n")
  }

  /// Flushes stdout, so a streaming consumer sees each record at once.
  static func flush() {
    writeAll(buffer, to: STDOUT_FILENO)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes a line to stderr.
  static func standardError(_ text: String) {
    flush()
    writeAll(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: STDERR_FILENO)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(descriptor, base + offset, raw.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Whether stdout is a terminal and `NO_COLOR` is unset: colour is allowed.
  static var colorEnabled: Bool {
    isatty(STDOUT_FILENO) == 1 && (Environment.value("NO_COLOR").map(\.isEmpty) ?? true)
  }
}

/// Environment access in one place, so it is easy to see what the CLI reads.
enum Environment {
  /// The value of variable `name`, or `nil`.
  static func value(_ name: String) -> String? {
    guard let pointer = getenv(name) else { return nil }
    return String(cString: pointer)
  }
}
