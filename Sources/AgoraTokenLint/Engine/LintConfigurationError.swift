/// A usage or configuration problem: an unknown rule, a bad duration, an unreadable config file.
///
/// The CLI maps it to exit code 2.
public struct LintConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong and how to fix it.
  public let message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}
