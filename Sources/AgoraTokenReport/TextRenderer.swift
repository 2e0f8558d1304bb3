import AgoraToken
import AgoraTokenLint

/// Renders an inspection as text for people: header, times relative to `now`, services with
/// named privileges, the signature line, repairs, warnings and findings.
public struct TextRenderer: Sendable {
  /// The time that "expires in" and "expired ... ago" are relative to, Unix seconds.
  public var now: UInt64
  /// Colour or plain.
  public var style: TextStyle
  /// Whether to print the token text (otherwise its fingerprint).
  public var showToken: Bool

  /// Creates a renderer.
  public init(now: UInt64, style: TextStyle = .plain, showToken: Bool = false) {
    self.now = now
    self.style = style
    self.showToken = showToken
  }

  /// The report for one inspection, ending with a newline; `diagnosis` (from ``Diagnoser``) is
  /// shown as a block of statements at the end.
  public func render(
    _ inspection: Inspection, findings: [Finding] = [], diagnosis: [Diagnosis] = []
  ) -> String {
    var lines: [String] = []
    let origin =
      inspection.source.file == "argument"
      ? "argument \(inspection.source.line)"
      : "\(inspection.source.file == "-" ? "stdin" : inspection.source.file):\(inspection.source.line)"
    let handle =
      showToken
      ? (inspection.displayableText.map(sanitized) ?? "the App Certificate, not shown")
      : "fingerprint \(inspection.fingerprint)"
    lines.append(style.bold("token from \(origin)") + style.dim("  (\(handle))"))
    for repair in inspection.repairs {
      lines.append("  " + style.yellow("repaired") + "   \(repair.name): \(repair.detail)")
    }
    if !inspection.repairs.isEmpty {
      lines.append(
        "  " + style.yellow("note")
          + "       the input was repaired before decoding; fix the source so it sends the token intact"
      )
    }
    if let error = inspection.error {
      lines += errorLines(error, recognition: inspection.recognition)
    }
    if let decoded = inspection.decoded {
      lines += tokenLines(decoded.token)
      for warning in RestatedWarnings.unstated(decoded.warnings, findings: findings) {
        lines.append("  " + style.yellow("warning") + "    \(warning.kind): \(warning.message)")
      }
    }
    if let fix = inspection.afterFix {
      lines.append("  " + style.cyan("after fix") + "  \(fix.fix) gives a token that decodes:")
      lines += tokenLines(fix.decoded.token).map { "  " + $0 }
      lines.append("    " + signatureLine(fix.signature))
    }
    lines.append("  " + signatureLine(inspection.signature))
    for check in inspection.identity {
      let verdict = check.matches ? style.green("matches") : style.red("does not match")
      var line =
        "  identity   \(check.field) \(verdict) (client \(quoted(check.expected)), token \(quoted(check.actual)))"
      if let note = check.note { line += ": \(sanitized(note))" }
      lines.append(line)
    }
    for finding in findings {
      lines.append("  " + findingLine(finding))
    }
    lines += DiagnosisText.lines(diagnosis, style: style)
    // Some entries span lines on purpose; each physical line is made safe on its own.
    return lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
      .map { TerminalText.sanitizedLine(String($0), keepColour: style.color) }
      .joined(separator: "\n") + "\n"
  }

  func signatureLine(_ check: SignatureCheck) -> String {
    switch check.status {
    case .valid:
      return "signature  " + style.green("valid")
        + (check.matchedOrigin.map { " (certificate from \($0))" } ?? "")
        + (check.serviceCode.map { ", service code \($0)" } ?? "")
    case .invalid:
      return "signature  " + style.red("INVALID")
        + check.hints.map { "\n             - \($0)" }.joined()
    case .notChecked:
      return "signature  not checked (\(check.hints.first ?? "no certificate given"))"
    }
  }

  func findingLine(_ finding: Finding) -> String {
    let label: String
    switch finding.severity {
    case .error: label = style.red("error")
    case .warning: label = style.yellow("warning")
    case .info: label = style.cyan("info")
    }
    let agora = AgoraErrorCode.label(finding.agoraErrorCodes).map { " (\($0))" } ?? ""
    return
      "\(label) \(finding.code) \(finding.name)\(agora): \(TerminalText.sanitized(finding.message))"
  }

  func errorLines(_ error: TokenError, recognition: Recognition?) -> [String] {
    var lines: [String] = []
    if let recognition {
      lines.append(
        "  " + style.red("not a token") + " (\(recognition.kind)) \(recognition.message)")
      for field in recognition.fields {
        lines.append(
          "  \(pad(field.name)) \(field.value)\(field.inferred ? style.dim(" (inferred)") : "")")
      }
      return lines
    }
    lines.append("  " + style.red("error") + "      \(error.kind): \(error.message)")
    if let partial = error.partial {
      lines.append("  recovered  fields read before the damage (the signature cannot be checked):")
      lines += partialLines(partial).map { "    " + $0 }
    }
    return lines
  }

  func partialLines(_ partial: PartialDecode) -> [String] {
    if case .accessToken006(let token) = partial.token {
      let read = Set(partial.fieldsRead)
      var lines = ["version    006 (AccessToken v1)", "app_id     \(token.appID)"]
      if read.contains("crc_channel_name") {
        lines.append("crc_channel_name \(token.crcChannelName)")
      }
      if read.contains("crc_uid") { lines.append("crc_uid    \(token.crcUID)") }
      if read.contains("salt") { lines.append("salt       \(token.salt)") }
      if read.contains("ts") {
        lines.append("ts         \(token.ts) (\(TimeText.iso8601(UInt64(token.ts))))")
      }
      lines.append("stops in   \(partial.stopsIn)")
      return lines
    }
    guard case .accessToken2(let token) = partial.token else { return [] }
    var lines: [String] = []
    let read = Set(partial.fieldsRead)
    if read.contains("app_id") { lines.append("app_id     \(token.appID)") }
    if read.contains("issue_ts") {
      lines.append("issue_ts   \(token.issueTs) (\(TimeText.iso8601(UInt64(token.issueTs))))")
    }
    if read.contains("expire") { lines.append("expire     \(token.expire) s") }
    if read.contains("salt") { lines.append("salt       \(token.salt)") }
    if read.contains("service_count") { lines.append("services   \(token.serviceCount) declared") }
    for service in token.services {
      lines.append("service    \(service.type) complete")
    }
    if let pending = partial.pendingService {
      var line = "service    \(pending.type), cut inside \(partial.stopsIn)"
      if let declared = partial.declaredLength, let bytes = partial.partialBytes {
        line +=
          " (\(bytes.count) of \(declared) bytes: \(quoted(String(decoding: bytes, as: UTF8.self))))"
      }
      lines.append(line)
    } else {
      lines.append("stops in   \(partial.stopsIn)")
    }
    return lines
  }

  func tokenLines(_ token: AnyToken) -> [String] {
    switch token {
    case .accessToken2(let token): return accessToken2Lines(token)
    case .accessToken006, .legacy:
      return (LegacyTextLines.lines(for: token, now: now) ?? []).map(legacyLine)
    }
  }

  /// `label: value` from ``LegacyTextLines`` in this renderer's column layout.
  func legacyLine(_ line: String) -> String {
    if line.hasPrefix("  ") { return "    " + line.drop(while: { $0 == " " }) }
    guard let colon = line.range(of: ": ") else { return "  " + line }
    return "  \(pad(String(line[..<colon.lowerBound]))) \(line[colon.upperBound...])"
  }

  func pad(_ label: String) -> String {
    label.count >= 10 ? label : label + String(repeating: " ", count: 10 - label.count)
  }

  func quoted(_ text: String) -> String { "\"\(sanitized(text))\"" }

  func sanitized(_ text: String) -> String { TerminalText.sanitized(text) }
}
