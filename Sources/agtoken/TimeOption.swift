import AgoraToken
import ArgumentParser

/// A point in time given as Unix seconds or ISO 8601 (`--now`), parsed by ``UnixTime``.
struct TimePoint: ExpressibleByArgument {
  /// Unix seconds.
  let seconds: UInt64

  init(seconds: UInt64) { self.seconds = seconds }

  init?(argument: String) {
    guard let seconds = UnixTime.parse(argument) else { return nil }
    self.seconds = seconds
  }

  /// The wall clock, read only when `--now` is not given.
  static var current: TimePoint { TimePoint(seconds: UnixTime.clock()) }
}
