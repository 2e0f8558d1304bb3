import Synchronization

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

  /// The forms ``parse(_:)`` accepts, named in every refusal.
  public static let acceptedForms =
    "give Unix seconds (for example 1718010000) or ISO 8601 with a time zone (for example 2024-06-10T09:00:00Z)"

  /// Why ``parse(_:)`` refused `text`, for a person: the near miss it looks like, if any
  /// (milliseconds, a year after 9999, a time before 1970, a date without a zone), then
  /// ``acceptedForms``. The CLI's `--now` and the token server's `now` both say this.
  public static func refusal(_ text: String) -> String {
    [nearMiss(text), acceptedForms].compactMap { $0 }.joined(separator: "; ")
  }

  private static func nearMiss(_ text: String) -> String? {
    let trimmed = String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    if trimmed != text, !trimmed.isEmpty, parse(trimmed) != nil {
      return "has spaces around it: did you mean \(trimmed)?"
    }
    let isDigits = { (text: Substring) in
      !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
    if isDigits(Substring(trimmed)) {
      if trimmed.count == 13, let milliseconds = UInt64(trimmed) {
        return "looks like milliseconds: did you mean \(milliseconds / 1000)?"
      }
      return "\(trimmed) is after 9999-12-31T23:59:59Z (\(latest))"
    }
    if trimmed.hasPrefix("-"), isDigits(trimmed.dropFirst()) {
      return "a time before 1970 is not a failure time"
    }
    // An ISO 8601 date outside 1970...9999 parses as a date, but is no failure time.
    if trimmed.contains("T"), let year = Int(trimmed.prefix { $0 != "-" }) {
      if year < 1970 { return "a time before 1970 is not a failure time" }
      if year > 9999 { return "a time after 9999-12-31T23:59:59Z is not a failure time" }
    }
    if let zoned = withZone(trimmed), parse(zoned) != nil {
      return "has no time zone: did you mean \(zoned)?"
    }
    return nil
  }

  /// `trimmed` with `Z` (UTC) added when it is an ISO 8601 date or date-time without a zone.
  private static func withZone(_ trimmed: String) -> String? {
    let dateTime = String(trimmed.map { $0 == " " ? "T" : $0 })
    guard dateTime.count >= 10, dateTime.first?.isNumber == true else { return nil }
    if dateTime.count == 10 { return dateTime + "T00:00:00Z" }
    guard dateTime.last?.isNumber == true, dateTime.contains("T") else { return nil }
    let timePart = dateTime.split(separator: "T").last ?? ""
    if timePart.contains("+") || timePart.contains("-") { return nil }
    return dateTime + "Z"
  }

  /// `unix` in ISO 8601, UTC, to the second: `2024-06-10T06:13:20Z`. The one formatter of every
  /// report, lint message and diagnosis.
  ///
  /// Foundation's `Date.ISO8601FormatStyle` writes the calendar date, once per day and kept;
  /// the time of day is the remainder of a Unix day, which has no leap seconds. Formatting every
  /// time with the style was a tenth of `agtoken lint`'s cost per line (callgrind).
  public static func iso8601(_ unix: UInt64) -> String {
    let second = Int(unix % 86_400)
    var prefix = datePrefix(day: unix / 86_400)
    return prefix.withUTF8 { date in
      String(unsafeUninitializedCapacity: date.count + 9) { out in
        _ = out.initialize(from: date)
        var index = date.count
        for (position, value) in [second / 3_600, second / 60 % 60, second % 60].enumerated() {
          if position > 0 {
            out[index] = UInt8(ascii: ":")
            index += 1
          }
          out[index] = UInt8(ascii: "0") + UInt8(value / 10)
          out[index + 1] = UInt8(ascii: "0") + UInt8(value % 10)
          index += 2
        }
        out[index] = UInt8(ascii: "Z")
        return index + 1
      }
    }
  }

  /// `unix` formatted by `Date.ISO8601FormatStyle` itself, the reference of ``iso8601(_:)``.
  static func foundationISO8601(_ unix: UInt64) -> String {
    Date(timeIntervalSince1970: Double(unix)).formatted(iso8601Style)
  }

  /// `2024-06-10T` for the Unix day `day`, from the cache or from Foundation.
  private static func datePrefix(day: UInt64) -> String {
    if let known = datePrefixes.withLock({ $0[day] }) { return known }
    let formatted = foundationISO8601(day * 86_400)
    let prefix = formatted.firstIndex(of: "T").map { String(formatted[...$0]) } ?? formatted
    datePrefixes.withLock { cache in
      // Bounded: a batch spans few days, but nothing may grow without limit on input.
      if cache.count >= 4_096 { cache.removeAll(keepingCapacity: true) }
      cache[day] = prefix
    }
    return prefix
  }

  private static let datePrefixes = Mutex<[UInt64: String]>([:])

  // Made once: making the style cost about as much as formatting a date with it (callgrind).
  private static let iso8601Style = Date.ISO8601FormatStyle()

  /// The wall clock, Unix seconds rounded down. Read only by executables, once per run or request,
  /// when no time is given; the libraries take time as a parameter.
  public static func clock() -> UInt64 {
    UInt64(max(0, Date().timeIntervalSince1970.rounded(.down)))
  }
}
