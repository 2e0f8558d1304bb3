import AgoraToken
import AgoraTokenLint
import Foundation

/// Finds Agora credentials committed to a repository: App Certificates, tokens and App IDs.
///
/// A 32-hex value is a certificate when a name like `appCertificate` is assigned it, or when it
/// verifies a token found in the same scan; the second is proof (`confirmed`), which no general
/// secret scanner can give. Tokens are decoded and judged at ``ScanOptions/now`` with the lint
/// time rules. Nothing the scanner returns holds a certificate; tokens only with `showToken`.
///
/// Inside a git work tree the files git lists are read (`.gitignore` applies); with
/// ``ScanOptions/gitHistory`` every line added by a commit reachable from `HEAD` is read too,
/// through `git log -p`, and each finding names the commit where its value first appears.
public struct LeakScanner: Sendable {
  /// The options of this scan.
  public let options: ScanOptions

  /// Creates a scanner.
  public init(options: ScanOptions) {
    self.options = options
  }

  /// Scans `paths` (files or directories; `.` when empty).
  /// - Parameters:
  ///   - baseline: findings to accept and leave out; they are counted in the summary.
  ///   - showToken: whether token findings carry the token text (never a certificate).
  /// - Throws: ``ScanError`` `path_not_found` for a path that does not exist, `git_unavailable`
  ///   when ``ScanOptions/gitHistory`` is set and a directory given is not in a git work tree.
  public func scan(_ paths: [String], baseline: ScanBaseline? = nil, showToken: Bool = false)
    throws(ScanError) -> ScanReport
  {
    let paths = paths.isEmpty ? ["."] : paths
    let excludes = options.excludes.map(GlobPattern.init(text:))
    let collected = try FileCollector(excludes: excludes).collect(paths)
    var summary = ScanSummary()
    summary.skipped = collected.skipped
    summary.excluded = collected.excluded
    var sightings: [LocatedSighting] = []
    let reader = FileReader(maxFileBytes: options.maxFileBytes)
    let detector = LineDetector()
    for file in collected.files {
      switch reader.read(file.path) {
      case .skipped(let reason):
        summary.skipped.append(SkippedFile(file: file.display, reason: reason))
      case .lines(let lines, let bytes):
        summary.filesScanned += 1
        summary.bytesScanned += bytes
        for sighting in detector.sightings(in: lines) {
          sightings.append(LocatedSighting(sighting: sighting, file: file.display))
        }
      }
    }
    if options.gitHistory {
      summary.commitsScanned = try history(paths, excludes: excludes, into: &sightings)
    }
    var findings = LeakJudgment(judge: TokenJudge(now: options.now), showToken: showToken)
      .findings(sightings)
    if let baseline {
      let before = findings.count
      findings.removeAll(where: baseline.accepts)
      summary.baselined = before - findings.count
    }
    for finding in findings { summary.findings[finding.name, default: 0] += 1 }
    return ScanReport(findings: findings, summary: summary)
  }

  /// Reads the history of every directory given, and of every file given (only that file's).
  /// - Returns: the number of commits read.
  private func history(
    _ paths: [String], excludes: [GlobPattern], into sightings: inout [LocatedSighting]
  ) throws(ScanError) -> Int {
    // Each directory reads its whole history; files are grouped under their directory and limit
    // git log to themselves, so that a pre-commit run on two files reads only their history.
    var directories: [String] = []
    var files: [String: [String]] = [:]
    for path in paths {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      if isDirectory.boolValue {
        if !directories.contains(path) { directories.append(path) }
      } else {
        let url = URL(fileURLWithPath: path)
        let parent = (path as NSString).deletingLastPathComponent
        let directory = parent.isEmpty ? "." : parent
        if files[directory] == nil { directories.append(directory) }
        files[directory, default: []].append(url.lastPathComponent)
      }
    }
    var commits = 0
    let detector = LineDetector()
    var seenDirectories = Set<String>()
    for directory in directories where seenDirectories.insert(directory).inserted {
      let git = GitCommand(directory: directory)
      guard git.isWorkTree else {
        throw ScanError(
          .gitUnavailable,
          "\(directory): --git-history needs a git work tree (and git on PATH); leave it out to scan the files only"
        )
      }
      var found: [LocatedSighting] = []
      let wholeDirectory = paths.contains(directory)
      var reader = HistoryReader(git: git)
      reader.pathspecs = wholeDirectory ? [] : files[directory] ?? []
      let read = reader.read { block in
        let file = FileCollector.display(FileCollector.join(directory, block.file))
        guard !excludes.contains(where: { $0.matches(file) }) else { return }
        for sighting in detector.sightings(in: block.lines) {
          found.append(LocatedSighting(sighting: sighting, file: file, commit: block.commit))
        }
      }
      guard let read else {
        throw ScanError(
          .gitUnavailable,
          "\(directory): git log failed (a repository without commits has no history to scan)")
      }
      commits += read
      sightings += found
    }
    return commits
  }
}
