import AgoraTokenLint

/// What one scan found, and what it read and skipped.
public struct ScanReport: Sendable, Equatable, Codable {
  /// The findings: work-tree leaks by file, line and column, then leaks only history holds.
  public var findings: [ScanFinding]
  /// What was read.
  public var summary: ScanSummary

  /// Creates a report.
  public init(findings: [ScanFinding], summary: ScanSummary) {
    self.findings = findings
    self.summary = summary
  }

  /// Whether any finding is at or above `severity` (the `--fail-on` gate).
  public func fails(at severity: Severity) -> Bool {
    findings.contains { $0.severity >= severity }
  }
}

/// The counts of a scan, for the summary line and the JSON `summary` object.
public struct ScanSummary: Sendable, Equatable, Codable {
  /// Files read.
  public var filesScanned = 0
  /// Bytes read from those files.
  public var bytesScanned = 0
  /// Files not read, each with its reason.
  public var skipped: [SkippedFile] = []
  /// Files left out by `--exclude`.
  public var excluded = 0
  /// Commits read with `--git-history`; `nil` without it.
  public var commitsScanned: Int?
  /// Findings accepted by `--baseline` and left out of ``ScanReport/findings``.
  public var baselined = 0
  /// The findings reported, by name.
  public var findings: [String: Int] = [:]

  /// An empty summary.
  public init() {}

  enum CodingKeys: String, CodingKey {
    case filesScanned = "files_scanned"
    case bytesScanned = "bytes_scanned"
    case skipped, excluded
    case commitsScanned = "commits_scanned"
    case baselined, findings
  }
}
