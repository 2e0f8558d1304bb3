import AgoraToken
import AgoraTokenLint

/// The human-readable lint report: findings grouped by token, with ANSI colour only when asked.
///
/// ```
/// tokens.txt:3  a1b2c3d4e5f6  007 RTC
///   error    AT201 token_expired  the token expired at ... [/expires_at]
///            help: Request a new token; ...
/// ```
public struct LintTextRenderer: Sendable {
  /// Whether to colour severities with ANSI escapes.
  public let color: Bool

  /// Creates a renderer.
  public init(color: Bool) { self.color = color }

  /// The block for one input, ending with a newline.
  public func render(_ input: LintedInput) -> String {
    let inspection = input.inspection
    var header = "\(input.location)  \(inspection.fingerprint)"
    if let token = inspection.decoded?.token {
      header += "  \(token.version)"
      if case .accessToken2(let token2) = token {
        let names = token2.services.map(\.type.description)
        if !names.isEmpty { header += " \(names.joined(separator: "+"))" }
      }
    } else {
      header += "  (not decoded)"
    }
    var lines = [bold(header)]
    if input.findings.isEmpty { lines.append("  " + paint("ok", code: "32") + "  no findings") }
    for finding in input.findings {
      let label = finding.severity.rawValue.padding(toLength: 7)
      var line =
        "  \(paint(label, code: colorCode(finding.severity)))  \(finding.code) \(finding.name)  \(TerminalText.sanitized(finding.message))"
      if let field = finding.field { line += " [\(TerminalText.sanitized(field.jsonPointer))]" }
      lines.append(line)
      if let agora = AgoraErrorCode.label(finding.agoraErrorCodes) {
        lines.append("           agora: \(agora)")
      }
      lines.append("           help: \(finding.help)")
    }
    lines += DiagnosisText.lines(
      input.diagnosis, style: color ? TextStyle(color: true) : .plain)
    // Token values inside messages are escaped where they are inserted, since the final pass
    // keeps colour codes and a value could carry one; some entries span lines on purpose, and
    // each physical line is made safe on its own.
    return lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
      .map { TerminalText.sanitizedLine(String($0), keepColour: color) }
      .joined(separator: "\n") + "\n"
  }

  /// The closing summary line.
  public func summary(tokens: Int, tally: FindingTally) -> String {
    "\(tokens) token\(tokens == 1 ? "" : "s"): \(tally.summary)\n"
  }

  private func colorCode(_ severity: Severity) -> String {
    switch severity {
    case .error: "31"
    case .warning: "33"
    case .info: "36"
    }
  }

  private func paint(_ text: String, code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}

extension String {
  /// The text padded with spaces to `length` characters.
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
