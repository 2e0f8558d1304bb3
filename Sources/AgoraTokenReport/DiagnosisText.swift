import AgoraTokenLint

/// The "diagnosis" block of the text reports: one line per statement, name then sentence.
enum DiagnosisText {
  /// The lines for `diagnosis`, indented like the other report lines; empty when there is none.
  static func lines(_ diagnosis: [Diagnosis], style: TextStyle) -> [String] {
    guard !diagnosis.isEmpty else { return [] }
    var lines = ["  " + style.bold("diagnosis")]
    for item in diagnosis {
      var line = "    " + style.cyan(item.statement) + ": \(TerminalText.sanitized(item.message))"
      if let field = item.field {
        line += style.dim(" [\(TerminalText.sanitized(field.jsonPointer))]")
      }
      lines.append(line)
    }
    return lines
  }
}
