/// What one `agtoken scan` run looks at and how it judges.
public struct ScanOptions: Sendable, Equatable {
  /// The default size cap: files larger than this many bytes are skipped (2 MiB).
  public static let defaultMaxFileBytes = 2 * 1024 * 1024

  /// The time tokens are judged at, Unix seconds (`--now`, or the clock read once by the caller).
  public var now: UInt64
  /// Files larger than this many bytes are skipped and named in the summary (`--max-file-size`).
  public var maxFileBytes: Int
  /// Glob patterns of paths not to scan (`--exclude`), matched against the path relative to the
  /// scanned root and against the file name.
  public var excludes: [String]
  /// Whether to scan every change reachable from `HEAD` too (`--git-history`).
  public var gitHistory: Bool

  /// Creates options; only the time judged has no default.
  public init(
    now: UInt64, maxFileBytes: Int = ScanOptions.defaultMaxFileBytes, excludes: [String] = [],
    gitHistory: Bool = false
  ) {
    self.now = now
    self.maxFileBytes = maxFileBytes
    self.excludes = excludes
    self.gitHistory = gitHistory
  }
}
