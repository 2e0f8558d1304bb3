import AgoraToken

/// Where the server reads the current time: the wall clock, or a fixed Unix time (`--now`, for tests).
///
/// Every request reads the clock once, so a token's `issue_ts` and the `expire_timestamp` reported
/// beside it always agree.
public struct ServerClock: Sendable {
  private let read: @Sendable () -> UInt64
  /// The time a fixed clock always reads (`--now`), `nil` for a running clock. Diagnosis uses it
  /// as the failure time, as `agtoken inspect --now` does.
  public let fixedTime: UInt64?

  /// A clock that calls `read` for the current Unix time, in seconds.
  public init(_ read: @escaping @Sendable () -> UInt64) {
    self.read = read
    fixedTime = nil
  }

  private init(fixed seconds: UInt64) {
    read = { seconds }
    fixedTime = seconds
  }

  /// The current Unix time, seconds.
  public func now() -> UInt64 { read() }

  /// The system's wall clock, Unix seconds rounded down.
  public static let system = ServerClock { UnixTime.clock() }

  /// A clock that always reads `seconds` (Unix time).
  public static func fixed(_ seconds: UInt64) -> ServerClock { ServerClock(fixed: seconds) }
}
