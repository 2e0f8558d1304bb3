import AgoraToken

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a `--now` value was refused, with the accepted forms and, where the input looks like a
/// near miss, the value that was probably meant.
///
/// ArgumentParser prints ``description`` after "The value '…' is invalid for '--now <time>'".
struct TimeArgumentError: Error, Equatable, CustomStringConvertible {
  /// The text given.
  let text: String
  /// The guess, for example "looks like milliseconds: did you mean 1700000000?", or `nil`.
  let hint: String?

  /// The accepted forms, named in every message.
  static let acceptedForms =
    "give Unix seconds (for example 1718010000) or ISO 8601 with a time zone (for example 2024-06-10T09:00:00Z)"

  var description: String {
    [hint, Self.acceptedForms].compactMap { $0 }.joined(separator: "; ")
  }

  /// The error for `text`, which ``TimePoint/init(argument:)`` refused.
  init(refused text: String) {
    self.text = text
    hint = Self.guess(text)
  }

  private static func guess(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit) {
      if trimmed.count == 13, let milliseconds = UInt64(trimmed) {
        return "looks like milliseconds: did you mean \(milliseconds / 1000)?"
      }
      return "\(trimmed) is after 9999-12-31T23:59:59Z (\(UnixTime.latest))"
    }
    if trimmed.hasPrefix("-"), trimmed.dropFirst().allSatisfy(\.isASCIIDigit) {
      return "a time before 1970 is not a failure time"
    }
    if let zoned = withZone(trimmed), TimePoint(argument: zoned) != nil {
      return "has no time zone: did you mean \(zoned)?"
    }
    return nil
  }

  /// `trimmed` with `Z` (UTC) added when it is an ISO 8601 date or date-time without a zone.
  private static func withZone(_ trimmed: String) -> String? {
    let dateTime = trimmed.replacingOccurrences(of: " ", with: "T")
    guard dateTime.count >= 10, dateTime.first?.isASCIIDigit == true else { return nil }
    if dateTime.count == 10 { return dateTime + "T00:00:00Z" }
    let last = dateTime.last
    guard last?.isASCIIDigit == true, dateTime.contains("T") else { return nil }
    let timePart = dateTime.split(separator: "T").last ?? ""
    if timePart.contains("+") || timePart.contains("-") { return nil }
    return dateTime + "Z"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension TimePoint {
  /// Parses `--now`: Unix seconds or ISO 8601 with a zone.
  /// - Throws: ``TimeArgumentError`` naming the accepted forms and a near miss, if any.
  static func parse(_ text: String) throws(TimeArgumentError) -> TimePoint {
    guard let point = TimePoint(argument: text) else {
      throw TimeArgumentError(refused: text)
    }
    return point
  }
}
