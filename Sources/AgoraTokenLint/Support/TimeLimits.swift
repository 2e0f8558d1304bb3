import AgoraToken

/// The thresholds the time rules share, and time formatting for their messages.
enum TimeLimits {
  /// 24 hours in seconds: the documented maximum for token and privilege lifetimes.
  static let day: UInt64 = 86_400
  /// Values at or above this (2001-09-09 as Unix time) are absolute times, not lifetimes.
  static let absoluteThreshold: UInt64 = 1_000_000_000

  /// Whether a lifetime in seconds looks like an absolute Unix time.
  static func looksAbsolute(_ value: UInt32) -> Bool { UInt64(value) >= absoluteThreshold }

  /// Whether a lifetime in seconds exceeds 24 hours without looking absolute.
  static func overDay(_ value: UInt32) -> Bool { UInt64(value) > day && !looksAbsolute(value) }

  /// The 006 privileges that expire more than 24 hours after the estimated issue time
  /// (`ts` - 86400): absolute values later than `ts`. A value of 0 has no expiry of its own.
  static func late006Privileges(_ token: AccessToken006) -> [Privilege] {
    let limit = token.issuedAtEstimate + day
    return token.privileges.filter { $0.value != 0 && UInt64($0.value) > limit }
  }

  /// ISO 8601 in UTC, for example `2024-06-10T06:13:20Z`.
  static func iso(_ unix: UInt64) -> String {
    UnixTime.iso8601(unix)
  }

  /// A duration such as `2h 3m`, `3d 4h` or `45s`.
  static func duration(_ seconds: UInt64) -> String { DurationText.describe(seconds) }
}
