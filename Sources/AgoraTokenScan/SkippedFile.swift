/// A file the scan did not read, and why; the summary names every one.
public struct SkippedFile: Sendable, Equatable, Codable {
  /// Why a file was not read.
  public enum Reason: String, Sendable, Codable, CaseIterable {
    /// It holds a NUL byte in its first 8000 bytes, as git decides.
    case binary
    /// It is larger than ``ScanOptions/maxFileBytes``.
    case tooLarge = "too_large"
    /// It could not be read (permissions, deleted since git listed it, a special file).
    case unreadable
    /// It is a symbolic link, which is not followed.
    case symlink
  }

  /// The path as reported.
  public var file: String
  /// Why it was skipped.
  public var reason: Reason

  /// Creates a record.
  public init(file: String, reason: Reason) {
    self.file = file
    self.reason = reason
  }
}
