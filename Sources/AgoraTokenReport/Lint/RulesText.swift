import AgoraTokenLint

/// Text for `agtoken rules`: a table of every rule, or the full explanation of one.
public enum RulesText {
  /// One line per rule: code, severity, name, summary.
  public static func list(_ rules: [RuleDescriptor]) -> String {
    let width = rules.map(\.name.count).max() ?? 0
    return rules.map { rule in
      "\(rule.code)  \(rule.severity.rawValue.padding(toLength: 7))  \(rule.name.padding(toLength: width))  \(rule.summary)"
    }.joined(separator: "\n") + "\n"
  }

  /// Everything about one rule.
  public static func explain(_ rule: RuleDescriptor) -> String {
    var lines = [
      "\(rule.code) \(rule.name)  (\(rule.severity.rawValue), \(rule.category.rawValue))",
      "",
      rule.summary,
      "",
      rule.explanation,
      "",
      "Fix: \(rule.fix)",
    ]
    if let codes = rule.agoraErrorCodes {
      lines.append("Agora error codes: \(codes.map(String.init).joined(separator: ", "))")
    }
    lines.append("Source: \(rule.source)")
    return lines.joined(separator: "\n") + "\n"
  }
}
