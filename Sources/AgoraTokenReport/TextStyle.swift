/// ANSI styling for text reports, applied only when colour is enabled (a TTY without `NO_COLOR`).
public struct TextStyle: Sendable {
  /// Whether escape codes are written.
  public var color: Bool

  /// Creates a style.
  public init(color: Bool) { self.color = color }

  /// Plain text, for files and pipes.
  public static let plain = TextStyle(color: false)

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }
  func cyan(_ text: String) -> String { wrap(text, "36") }

  private func wrap(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
