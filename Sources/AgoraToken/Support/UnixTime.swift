#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A point in time as people give it on a command line or in a configuration: Unix seconds or
/// ISO 8601 with a time zone (`2024-05-01T12:00:00Z`). The CLI's and the token server's `--now`
/// both parse through here.
public enum UnixTime {
  /// The latest accepted time, 9999-12-31T23:59:59Z, Unix seconds: later values are typos, not
  /// failure times, and would overflow the arithmetic of times and lifetimes.
  public static let latest: UInt64 = 253_402_300_799

  /// The Unix seconds that `text` names, or `nil` when it is neither a number of seconds up to
  /// ``latest`` nor an ISO 8601 date and time with a zone between 1970 and ``latest``.
  public static func parse(_ text: String) -> UInt64? {
    if let value = UInt64(text) {
      return value <= latest ? value : nil
    }
    guard let date = try? Date(text, strategy: Date.ISO8601FormatStyle()),
      date.timeIntervalSince1970 >= 0, date.timeIntervalSince1970 <= Double(latest)
    else { return nil }
    return UInt64(date.timeIntervalSince1970)
  }

  /// The wall clock, Unix seconds rounded down. Read only by executables, once per run or request,
  /// when no time is given; the libraries take time as a parameter.
  public static func clock() -> UInt64 {
    UInt64(max(0, Date().timeIntervalSince1970.rounded(.down)))
  }
}
