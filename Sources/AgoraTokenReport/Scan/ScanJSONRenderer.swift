import AgoraTokenScan

/// The JSON and NDJSON forms of a scan report.
public enum ScanJSONRenderer {
  /// The whole report (`findings` and `summary`), pretty-printed with sorted keys.
  public static func render(_ report: ScanReport) -> String {
    JSONRenderer.pretty(report) + "\n"
  }

  /// One finding per line; the summary goes to standard error as text.
  public static func renderLines(_ report: ScanReport) -> String {
    report.findings.map { JSONRenderer.line($0) + "\n" }.joined()
  }
}
