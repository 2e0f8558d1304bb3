import AgoraToken

/// Why a `--now` value was refused: ``AgoraToken/UnixTime/refusal(_:)``, the accepted forms and,
/// where the input looks like a near miss, the value that was probably meant.
///
/// ArgumentParser prints ``description`` after "The value '…' is invalid for '--now <time>'".
struct TimeArgumentError: Error, Equatable, CustomStringConvertible {
  /// The text given.
  let text: String

  var description: String { UnixTime.refusal(text) }

  /// The error for `text`, which ``TimePoint/init(argument:)`` refused.
  init(refused text: String) {
    self.text = text
  }
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
