/// Parses durations for `--expires-within` and `expires_within`: `3600`, `90s`, `15m`, `2h`, `1d`.
public enum DurationText {
  /// The duration in seconds.
  /// - Throws: ``LintConfigurationError`` for anything else (a negative number, an unknown unit,
  ///   more than ``LintContext/maximumDuration``).
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
        "\(quoted(text)) is not a duration: give seconds (3600) or a number with s, m, h, d or w (90s, 15m, 2h, 1d)"
      )
    }
    let (product, overflow) = value.multipliedReportingOverflow(by: factor)
    guard !overflow, product <= LintContext.maximumDuration else {
      throw LintConfigurationError(
        "the duration \(quoted(text)) is too large: at most \(LintContext.maximumDuration) seconds (the span from 1970 to the year 9999)"
      )
    }
    return product
  }

  /// `text` in quotes when it is short enough to be a duration; a long value (a token taken
  /// for the value of `--expires-within=`, say) is described, not printed.
  private static func quoted(_ text: String) -> String {
    text.count <= 24 ? "'\(text)'" : "the value given (\(text.count) characters)"
  }

  /// The one duration style of every report (inspect text, findings, diagnosis): `45s`,
  /// `46m 33s`, `2h`, `1d 3h`, and `1.5 years` from 365 days on (tenths of a Julian year).
  public static func describe(_ seconds: UInt64) -> String {
    let days = seconds / 86_400
    let hours = seconds % 86_400 / 3_600
    let minutes = seconds % 3_600 / 60
    let rest = seconds % 60
    if days >= 365 {
      // Tenths of a Julian year, computed without multiplying, so no input can overflow.
      let tenths = seconds / 3_155_760
      return "\(tenths / 10).\(tenths % 10) years"
    }
    if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : "\(days)d" }
    if hours > 0 { return minutes > 0 ? "\(hours)h \(minutes)m" : "\(hours)h" }
    if minutes > 0 { return rest > 0 ? "\(minutes)m \(rest)s" : "\(minutes)m" }
    return "\(rest)s"
  }
}
