import AgoraTokenLint
import AgoraTokenReport
import AgoraTokenScan
import ArgumentParser
import Foundation

/// `agtoken scan`: find App Certificates, tokens and App IDs committed to a repository.
struct ScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract: "Find leaked App Certificates and tokens in files and git history.",
    discussion: """
      Inside a git work tree, scans the files git tracks plus untracked files that .gitignore \
      does not ignore; elsewhere, every file under the paths. Binary files, symbolic links and \
      files over --max-file-size (default 2M) are skipped and counted in the summary. \
      A certificate that verifies a token found in the scan is confirmed. The output never \
      holds a certificate, and holds tokens only with --show-token. \
      Exit codes: 0 nothing at or above --fail-on (default error); 1 findings at or above it; \
      2 usage or IO error. With --write-baseline the findings are accepted and the exit is 0.

      EXAMPLES:
        agtoken scan
        agtoken scan --git-history -f sarif > agtoken-scan.sarif
        agtoken scan --write-baseline .agtoken-scan-baseline.json
        agtoken scan --baseline .agtoken-scan-baseline.json --exclude 'vendor/*'
        agtoken scan -f github src config
      """)

  @Argument(help: ArgumentHelp("Files and directories to scan (default: .).", valueName: "path"))
  var paths: [String] = []

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "The output format.", valueName: "format"))
  var format: ScanFormat = .text

  @OptionGroup var time: NowOption

  @Option(
    help: ArgumentHelp(
      "Accept the findings listed in this file (written by --write-baseline).", valueName: "file"))
  var baseline: String?

  @Option(
    name: .customLong("write-baseline"),
    help: ArgumentHelp(
      "Write the findings to this file as a baseline (with --baseline's entries), and exit 0.",
      valueName: "file"))
  var writeBaseline: String?

  @Option(
    help: ArgumentHelp(
      "Do not scan paths matching this glob ('vendor/*', '*.min.js'). Repeatable.",
      valueName: "glob"))
  var exclude: [String] = []

  @OptionGroup var gate: FailOnOption

  @Flag(
    name: .customLong("git-history"),
    help:
      "Also scan every change reachable from HEAD, and name the commit where each leak first appears."
  )
  var gitHistory = false

  @Option(
    name: .customLong("max-file-size"),
    help: ArgumentHelp(
      "Skip files larger than this (bytes, or with k or M: 512k, 4M).", valueName: "size"))
  var maxFileSize: ByteSize?

  @Flag(
    name: .customLong("show-token"),
    help: "Print the tokens found (certificates are never printed).")
  var showToken = false

  @Flag(name: .shortAndLong, help: "Do not print the summary on stderr.")
  var quiet = false

  func run() throws {
    let options = ScanOptions(
      now: time.moment(),
      maxFileBytes: maxFileSize?.bytes ?? ScanOptions.defaultMaxFileBytes, excludes: exclude,
      gitHistory: gitHistory)
    let report: ScanReport
    let accepted: ScanBaseline?
    do {
      accepted = try baseline.map { path throws(ScanError) in try ScanBaseline.load(path) }
      report = try LeakScanner(options: options).scan(
        paths, baseline: accepted, showToken: showToken)
    } catch {
      Output.standardError("agtoken scan: \(error.kind.rawValue): \(error.message)")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    switch format {
    case .text: Output.write(ScanTextRenderer.render(report))
    case .json: Output.write(ScanJSONRenderer.render(report))
    case .ndjson: Output.write(ScanJSONRenderer.renderLines(report))
    case .sarif: Output.write(ScanSARIFRenderer.render(report, version: AgTokenVersion.current))
    case .github: Output.write(ScanGitHubRenderer.render(report))
    }
    Output.flush()
    if !quiet { Output.standardError(ScanTextRenderer.summary(report)) }
    if let writeBaseline {
      let found = ScanBaseline(report.findings)
      let written = accepted?.merging(found) ?? found
      do {
        try Data((JSONRenderer.pretty(written) + "\n").utf8).write(
          to: URL(fileURLWithPath: writeBaseline))
      } catch {
        Output.standardError("agtoken scan: cannot write the baseline \(writeBaseline): \(error)")
        throw ExitCode(ExitStatus.usage.rawValue)
      }
      if !quiet {
        Output.standardError(
          "agtoken scan: wrote \(written.findings.count) accepted findings to \(writeBaseline)")
      }
      return
    }
    if report.fails(at: gate.failOn?.severity ?? .error) {
      throw ExitCode(ExitStatus.failed.rawValue)
    }
  }
}
