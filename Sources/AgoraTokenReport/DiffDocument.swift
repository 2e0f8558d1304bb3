import AgoraToken

/// The result of `agtoken diff A B` as JSON and as text.
///
/// JSON shape: `{"schema_version", "a": side, "b": side, "equivalent": bool, "differences": [{"field",
/// "a", "b"}], "informational": [{"field", "a", "b"}]}`, where a side is `{"input", "fingerprint",
/// "format", "version", "repairs", "error"}`. A value a token does not have is `null`.
public struct DiffDocument: Encodable {
  let schemaVersion = InspectionDocument.schemaVersion
  let a: Side
  let b: Side
  let equivalent: Bool?
  let differences: [Row]
  let informational: [Row]

  /// Builds the document; `diff` is `nil` when a token could not be decoded.
  public init(left: Inspection, right: Inspection, diff: TokenDiff?) {
    a = Side(left)
    b = Side(right)
    equivalent = diff?.isEquivalent
    differences = diff?.differences.filter(\.significant).map(Row.init) ?? []
    informational = diff?.differences.filter { !$0.significant }.map(Row.init) ?? []
  }

  struct Side: Encodable {
    let input: InputSource
    let fingerprint: String
    let format: String?
    let version: String?
    let repairs: [String]
    let error: ErrorObject?

    init(_ inspection: Inspection) {
      input = inspection.source
      fingerprint = inspection.fingerprint
      format = inspection.decoded?.token.formatName
      version = inspection.decoded?.token.version
      repairs = inspection.repairs.map(\.name)
      error = inspection.error.map(ErrorObject.init)
    }
  }

  struct Row: Encodable {
    let field: String
    let a: String?
    let b: String?

    init(_ difference: TokenDiff.Difference) {
      field = difference.field
      a = difference.left
      b = difference.right
    }

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(field, forKey: .field)
      // A field the token does not have is written as null, not left out.
      try container.encode(a, forKey: .a)
      try container.encode(b, forKey: .b)
    }

    enum CodingKeys: String, CodingKey { case field, a, b }
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case a, b, equivalent, differences, informational
  }

  /// The text report: both tokens, the significant differences, then the informational ones.
  public var text: String {
    var lines: [String] = []
    for (label, side) in [("A", a), ("B", b)] {
      var line = "\(label): \(side.format ?? "not decodable") (\(side.fingerprint))"
      if !side.repairs.isEmpty {
        line += ", repaired: \(TerminalText.sanitized(side.repairs.joined(separator: ", ")))"
      }
      if let error = side.error {
        line += "\n   error \(error.kind): \(TerminalText.sanitized(error.message))"
      }
      lines.append(line)
    }
    guard let equivalent else {
      lines.append("cannot compare: a token could not be decoded")
      return lines.joined(separator: "\n")
    }
    // Values come from the tokens: escaped, so that they cannot move the cursor or forge lines.
    func show(_ value: String?) -> String {
      value.map { "'\(TerminalText.sanitized($0))'" } ?? "(absent)"
    }
    if !differences.isEmpty {
      lines.append("differences:")
      for row in differences {
        lines.append("  \(TerminalText.sanitized(row.field)): \(show(row.a)) -> \(show(row.b))")
      }
    }
    if !informational.isEmpty {
      lines.append("also different (expected between any two builds):")
      for row in informational {
        lines.append("  \(TerminalText.sanitized(row.field)): \(show(row.a)) -> \(show(row.b))")
      }
    }
    lines.append(
      equivalent
        ? "result: equivalent (same grants, identity and lifetimes)"
        : "result: the tokens differ in \(differences.count) field\(differences.count == 1 ? "" : "s")"
    )
    return lines.joined(separator: "\n")
  }
}
