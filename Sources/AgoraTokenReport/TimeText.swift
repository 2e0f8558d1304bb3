import AgoraToken
import AgoraTokenLint

/// Formats Unix times and durations for reports.
public enum TimeText {
  /// ISO 8601 in UTC, for example `2024-06-10T06:13:20Z`.
  public static func iso8601(_ unix: UInt64) -> String { UnixTime.iso8601(unix) }

  /// A duration in the two largest units, in the one style of every report: `2h 3m`, `3d`, `45s`.
  public static func duration(_ seconds: UInt64) -> String { DurationText.describe(seconds) }

  /// `expires in 2h 3m` or `expired 3 days ago`, relative to `now`.
  public static func expiry(_ expiresAt: UInt64, now: UInt64) -> String {
    expiresAt > now
      ? "expires in \(duration(expiresAt - now))" : "expired \(duration(now - expiresAt)) ago"
  }
}
