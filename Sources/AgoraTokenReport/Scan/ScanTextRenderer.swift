import AgoraTokenLint
import AgoraTokenScan

/// The text report of `agtoken scan`: one line per finding in the compiler style
/// (`file:line:column: severity CODE name: what`), then how to fix each kind found, once.
public enum ScanTextRenderer {
  /// The findings and their fixes; empty when there are none.
  public static func render(_ report: ScanReport) -> String {
    guard !report.findings.isEmpty else { return "" }
    var text = ""
    for finding in report.findings {
      text +=
        "\(printable(finding.file)):\(finding.line):\(finding.column): \(finding.severity.rawValue) \(finding.code) \(finding.name): \(ScanFindingText.describe(finding))\n"
    }
    text += "\n"
    for rule in ScanRule.all where report.findings.contains(where: { $0.code == rule.code }) {
      text += "fix \(rule.code) \(rule.name): \(rule.fix)\n"
    }
    return text
  }

  /// A file name with its control characters escaped (`\n`, `\t`, `\u{1B}`), so that a name
  /// holding a line break cannot forge a line of the report.
  static func printable(_ name: String) -> String {
    var text = ""
    for scalar in name.unicodeScalars {
      switch scalar {
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        text += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// The summary line for standard error: what was read, skipped and found.
  public static func summary(_ report: ScanReport) -> String {
    let summary = report.summary
    var parts = [
      "scanned \(summary.filesScanned) file\(summary.filesScanned == 1 ? "" : "s") (\(summary.bytesScanned) bytes)"
    ]
    if let commits = summary.commitsScanned {
      parts.append("\(commits) commit\(commits == 1 ? "" : "s") of history")
    }
    if !summary.skipped.isEmpty {
      let reasons = SkippedFile.Reason.allCases.compactMap { reason -> String? in
        let count = summary.skipped.filter { $0.reason == reason }.count
        return count == 0 ? nil : "\(count) \(reason.rawValue)"
      }
      parts.append("skipped \(summary.skipped.count) (\(reasons.joined(separator: ", ")))")
    }
    if summary.excluded > 0 { parts.append("excluded \(summary.excluded)") }
    if summary.baselined > 0 { parts.append("\(summary.baselined) accepted by the baseline") }
    if report.findings.isEmpty {
      parts.append("no findings")
    } else {
      let counts = ScanRule.all.compactMap { rule -> String? in
        summary.findings[rule.name].map { "\($0) \(rule.name)" }
      }
      parts.append(counts.joined(separator: ", "))
    }
    return "agtoken scan: " + parts.joined(separator: "; ") + "\n"
  }
}
