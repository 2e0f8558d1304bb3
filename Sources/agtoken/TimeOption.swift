import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A point in time given as Unix seconds or ISO 8601 (`--now`).
struct TimePoint: ExpressibleByArgument {
  /// Unix seconds.
  let seconds: UInt64

  init(seconds: UInt64) { self.seconds = seconds }

  /// The latest accepted time, 9999-12-31T23:59:59Z: later values are typos, not failure times.
  static let latest: UInt64 = 253_402_300_799

  init?(argument: String) {
    if let value = UInt64(argument) {
      guard value <= Self.latest else { return nil }
      seconds = value
      return
    }
    guard let date = try? Date(argument, strategy: Date.ISO8601FormatStyle()),
      date.timeIntervalSince1970 >= 0, date.timeIntervalSince1970 <= Double(Self.latest)
    else { return nil }
    seconds = UInt64(date.timeIntervalSince1970)
  }

  /// The wall clock, read only here and only when `--now` is not given.
  static var current: TimePoint { TimePoint(seconds: UInt64(max(0, Date().timeIntervalSince1970))) }
}
