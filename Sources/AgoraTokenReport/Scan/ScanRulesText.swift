import AgoraTokenScan

/// `agtoken rules AT601`: a scan rule explained as `RulesText` explains a lint rule.
public enum ScanRulesText {
  /// The explanation of one scan rule, ending with a newline.
  public static func explain(_ rule: ScanRule) -> String {
    [
      "\(rule.code) \(rule.name)  (\(rule.severity.rawValue), agtoken scan)", "", rule.summary, "",
      "Fix: \(rule.fix)", "Source: \(rule.helpURI)",
    ].joined(separator: "\n") + "\n"
  }

  /// The explanation as JSON members, named as a lint rule's (`code`, `name`, `severity`,
  /// `summary`, `fix`, `source`), with `command` `scan`.
  public static func json(_ rule: ScanRule) -> String {
    JSONRenderer.pretty([
      "code": rule.code, "name": rule.name, "severity": rule.severity.rawValue,
      "summary": rule.summary, "fix": rule.fix, "source": rule.helpURI, "command": "scan",
    ])
  }
}

extension ScanRule {
  /// The scan rule with this code or name, if any.
  public static func named(_ codeOrName: String) -> ScanRule? {
    all.first { $0.code == codeOrName.uppercased() || $0.name == codeOrName }
  }
}
