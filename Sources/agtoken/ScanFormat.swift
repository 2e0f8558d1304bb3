import ArgumentParser

/// `--format` of `agtoken scan`.
enum ScanFormat: String, CaseIterable, ExpressibleByArgument {
  /// One line per finding (`file:line:column: severity CODE name: ...`), then the fixes.
  case text
  /// One JSON document: `findings` and `summary`.
  case json
  /// One finding per line.
  case ndjson
  /// SARIF 2.1.0 for code scanning.
  case sarif
  /// GitHub Actions workflow commands.
  case github
}

/// `--max-file-size`: bytes, or a number with `k` or `M` (binary units: 1k = 1024 bytes).
struct ByteSize: ExpressibleByArgument {
  let bytes: Int

  init?(argument: String) {
    let text = argument.lowercased()
    var multiplier = 1
    var digits = Substring(text)
    if text.hasSuffix("k") || text.hasSuffix("kb") || text.hasSuffix("kib") {
      multiplier = 1024
    } else if text.hasSuffix("m") || text.hasSuffix("mb") || text.hasSuffix("mib") {
      multiplier = 1024 * 1024
    }
    if multiplier > 1 { digits = digits.prefix { $0.isASCII && $0.isNumber } }
    guard let value = Int(digits), value > 0, value <= Int.max / multiplier else { return nil }
    bytes = value * multiplier
  }
}
