/// Parses durations for `--expires-within` and `expires_within`: `3600`, `90s`, `15m`, `2h`, `1d`.
public enum DurationText {
  /// The duration in seconds.
  /// - Throws: ``LintConfigurationError`` for anything else (a negative number, an unknown unit,
  ///   an overflow).
  public static func seconds(_ text: String) throws(LintConfigurationError) -> UInt64 {
    let trimmed = text.trimmingSpaces.lowercased()
    let units: [(suffix: String, factor: UInt64)] = [
      ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400), ("w", 604_800),
    ]
    var digits = Substring(trimmed)
    var factor: UInt64 = 1
    if let unit = units.first(where: { trimmed.hasSuffix($0.suffix) }) {
      digits = digits.dropLast()
      factor = unit.factor
    }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = UInt64(digits) else {
      throw LintConfigurationError(
        "'\(text)' is not a duration: give seconds (3600) or a number with s, m, h, d or w (90s, 15m, 2h, 1d)"
      )
    }
    let (product, overflow) = value.multipliedReportingOverflow(by: factor)
    guard !overflow else { throw LintConfigurationError("the duration '\(text)' is too large") }
    return product
  }
}
