#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Formats Unix times and durations for reports.
public enum TimeText {
  /// ISO 8601 in UTC, for example `2024-06-10T06:13:20Z`.
  public static func iso8601(_ unix: UInt64) -> String {
    Date(timeIntervalSince1970: Double(unix)).formatted(iso8601Style)
  }

  // Made once: making the style costs about as much as formatting a date with it (callgrind).
  private static let iso8601Style = Date.ISO8601FormatStyle()

  /// A duration in the two largest human units: `2h 3m`, `3 days`, `45s`.
  public static func duration(_ seconds: UInt64) -> String {
    let days = seconds / 86_400
    let hours = seconds % 86_400 / 3_600
    let minutes = seconds % 3_600 / 60
    let rest = seconds % 60
    if days >= 365 {
      // Tenths of a Julian year, computed without multiplying, so no input can overflow.
      let tenths = seconds / 3_155_760
      return "\(tenths / 10).\(tenths % 10) years"
    }
    if days > 0 { return hours > 0 ? "\(days)d \(hours)h" : (days == 1 ? "1 day" : "\(days) days") }
    if hours > 0 { return minutes > 0 ? "\(hours)h \(minutes)m" : "\(hours)h" }
    if minutes > 0 { return rest > 0 ? "\(minutes)m \(rest)s" : "\(minutes)m" }
    return "\(rest)s"
  }

  /// `expires in 2h 3m` or `expired 3 days ago`, relative to `now`.
  public static func expiry(_ expiresAt: UInt64, now: UInt64) -> String {
    expiresAt > now
      ? "expires in \(duration(expiresAt - now))" : "expired \(duration(now - expiresAt)) ago"
  }
}
