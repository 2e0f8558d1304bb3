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

  init?(argument: String) {
    if let value = UInt64(argument) {
      seconds = value
      return
    }
    guard let date = try? Date(argument, strategy: Date.ISO8601FormatStyle()),
      date.timeIntervalSince1970 >= 0
    else { return nil }
    seconds = UInt64(date.timeIntervalSince1970)
  }

  /// The wall clock, read only here and only when `--now` is not given.
  static var current: TimePoint { TimePoint(seconds: UInt64(max(0, Date().timeIntervalSince1970))) }
}
