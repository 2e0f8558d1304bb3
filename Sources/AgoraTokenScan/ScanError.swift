/// Why a scan could not run at all (exit code 2); files that cannot be read are skipped instead.
public struct ScanError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The kind of failure.
  public enum Kind: String, Sendable {
    /// A path given does not exist.
    case pathNotFound = "path_not_found"
    /// `--git-history` was given outside a git work tree, or git failed.
    case gitUnavailable = "git_unavailable"
    /// A baseline file could not be read or is not a baseline.
    case badBaseline = "bad_baseline"
  }

  /// The kind.
  public var kind: Kind
  /// What went wrong and what to do, for a person.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
