#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where a builder reads the current time: the system clock, or a fixed value in tests.
///
/// Only the default `issue_ts` comes from the clock; pass ``BuildOptions/issueTs`` for a
/// reproducible token.
public struct BuildClock: Sendable {
  private let read: @Sendable () -> UInt64

  /// A clock that calls `read` for the current Unix time in seconds.
  public init(_ read: @escaping @Sendable () -> UInt64) { self.read = read }

  /// The current Unix time, seconds.
  public func now() -> UInt64 { read() }

  /// The system's wall clock (`Date()`), Unix seconds rounded down.
  public static let system = BuildClock {
    UInt64(max(0, Date().timeIntervalSince1970.rounded(.down)))
  }

  /// A clock that always reads `seconds` (Unix time).
  public static func fixed(_ seconds: UInt64) -> BuildClock { BuildClock { seconds } }
}

/// How the builder orders the services in the payload.
public enum ServiceOrder: Sendable, Equatable {
  /// Sorted by service type, ascending, equal types keeping their insertion order (a stable sort),
  /// as every reference builder does (`AccessToken.build` in `python3/src/AccessToken2.py`).
  case byType
  /// Exactly as given: for reproducing tokens that no reference builder would make.
  case asGiven
}

/// The inputs of a build that are not the token's content: issue time, salt, and which of
/// agtoken's own checks to relax.
///
/// The defaults match the reference builders (`issue_ts` = now, salt = a secure random value in
/// 1...99,999,999, services sorted by type) plus agtoken's checks: a lifetime over 86,400 seconds
/// and a value of 1,000,000,000 or more (a Unix time where 007 expects relative seconds) are refused.
public struct BuildOptions: Sendable {
  /// The issue time, Unix seconds; `nil` reads ``clock``. The value is used as given, so 0 stays 0
  /// (the python3 and Node.js builders would replace 0 with the current time).
  public var issueTs: UInt32?
  /// The salt; `nil` draws a value in 1...99,999,999 from `SystemRandomNumberGenerator`, as the
  /// reference draws it (`secrets.SystemRandom().randint(1, 99999999)`).
  public var salt: UInt32?
  /// The clock used when ``issueTs`` is `nil`.
  public var clock: BuildClock
  /// Whether a lifetime over 86,400 seconds (`expire` or a privilege value) is accepted.
  /// The reference docstrings say privileges last at most 24 hours but nothing enforces it.
  public var allowsLongLifetime: Bool
  /// Whether a lifetime of 1,000,000,000 or more is accepted. Such a value reads as ~32 years or
  /// more: almost always an absolute Unix time passed by code ported from 006.
  public var allowsAbsoluteLookingValues: Bool
  /// How services are ordered in the payload.
  public var serviceOrder: ServiceOrder

  /// Creates options; every default matches the reference builders plus agtoken's checks.
  public init(
    issueTs: UInt32? = nil, salt: UInt32? = nil, clock: BuildClock = .system,
    allowsLongLifetime: Bool = false, allowsAbsoluteLookingValues: Bool = false,
    serviceOrder: ServiceOrder = .byType
  ) {
    self.issueTs = issueTs
    self.salt = salt
    self.clock = clock
    self.allowsLongLifetime = allowsLongLifetime
    self.allowsAbsoluteLookingValues = allowsAbsoluteLookingValues
    self.serviceOrder = serviceOrder
  }

  /// The reference builders' behaviour exactly: none of agtoken's own lifetime checks.
  public static func reference(issueTs: UInt32? = nil, salt: UInt32? = nil) -> BuildOptions {
    BuildOptions(
      issueTs: issueTs, salt: salt, allowsLongLifetime: true, allowsAbsoluteLookingValues: true)
  }

  /// The longest lifetime accepted without ``allowsLongLifetime``: 86,400 seconds (24 hours).
  public static let maximumLifetime: UInt32 = 86_400
  /// The smallest value treated as a Unix time rather than relative seconds: 1,000,000,000
  /// (the lint rule `privilege_looks_absolute` uses the same threshold).
  public static let absoluteThreshold: UInt32 = 1_000_000_000
  /// The range the reference draws salts from.
  public static let saltRange: ClosedRange<UInt32> = 1...99_999_999
}
