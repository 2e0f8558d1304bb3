import AgoraToken
import AgoraTokenLint

/// GitHub Actions workflow commands: `::error file=F,line=L,title=AT201 token_expired::message`.
///
/// Source: "Workflow commands for GitHub Actions" (`error`, `warning`, `notice`, and the escaping
/// of `%`, CR, LF in data and additionally `:` and `,` in properties).
public enum GitHubRenderer {
  /// The commands for one input, one line per finding.
  public static func render(_ input: LintedInput) -> String {
    input.findings.map {
      command(for: $0, source: input.inspection.source, fingerprint: input.inspection.fingerprint)
    }.joined()
  }

  static func command(for finding: Finding, source: InputSource, fingerprint: String) -> String {
    let name: String
    switch finding.severity {
    case .error: name = "error"
    case .warning: name = "warning"
    case .info: name = "notice"
    }
    var properties: [String] = []
    if source.file != "argument" && source.file != "-" {
      properties.append("file=\(escapeProperty(source.file))")
      properties.append("line=\(source.line)")
    }
    properties.append("title=\(escapeProperty("\(finding.code) \(finding.name)"))")
    var location = "token \(fingerprint)"
    if source.file == "-" { location += " (stdin line \(source.line))" }
    if source.file == "argument" { location += " (argument \(source.line))" }
    let message = "\(location): \(finding.message)"
    return "::\(name) \(properties.joined(separator: ","))::\(escapeData(message))\n"
  }

  /// `text` with `%`, CR and LF percent-encoded, and every other control character shown as an
  /// escape (GitHub's log viewer renders ANSI codes).
  static func escapeData(_ text: String) -> String {
    // CR and LF are the protocol's own escapes; every other control character is shown.
    let encoded = text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D")
      .replacingAll("\n", with: "%0A")
    return TerminalText.sanitized(encoded)
  }

  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
  }
}

extension String {
  /// Replaces every occurrence of `target`, without Foundation.
  func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
    var result = ""
    for scalar in unicodeScalars {
      if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }
}
