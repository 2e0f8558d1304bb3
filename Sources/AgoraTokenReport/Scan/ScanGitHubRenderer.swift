import AgoraTokenLint
import AgoraTokenScan

/// GitHub Actions annotations for scan findings:
/// `::error file=F,line=L,col=C,title=AT601 certificate_in_source::what`.
public enum ScanGitHubRenderer {
  /// One workflow command per finding.
  public static func render(_ report: ScanReport) -> String {
    report.findings.map { finding in
      let command: String
      switch finding.severity {
      case .error: command = "error"
      case .warning: command = "warning"
      case .info: command = "notice"
      }
      let properties = [
        "file=\(GitHubRenderer.escapeProperty(finding.file))", "line=\(finding.line)",
        "col=\(finding.column)",
        "title=\(GitHubRenderer.escapeProperty("\(finding.code) \(finding.name)"))",
      ]
      let message = ScanFindingText.describe(finding) + " Fix: " + ScanRule.fix(finding.code)
      return
        "::\(command) \(properties.joined(separator: ","))::\(GitHubRenderer.escapeData(message))\n"
    }.joined()
  }
}
