import AgoraToken

/// AT108 `repaired_input`: the input had to be repaired before it decoded.
///
/// Source: "Repairs" in `shared/vectors/README.md`: none of the reference parsers accepts quotes,
/// surrounding whitespace, percent-encoding or spaces in place of `+`.
struct RepairedInput: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT108", name: "repaired_input", severity: .warning, category: .structure,
    structural: true,
    summary:
      "The input was repaired before it decoded; the SDK would not repair it.",
    explanation:
      "The token text carried whitespace, quotes, URL or percent encoding, line breaks or another transport artefact. agtoken removed it to decode the token, but the Agora SDK receives the text as it is and rejects it.",
    fix:
      "Pass the token to the SDK exactly as the token server returned it: JSON-decode responses, decode URL parameters once, and do not wrap or quote it.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    inspection.repairs.map { repair in
      descriptor.finding(
        "repair \(repair.name) was applied: \(repair.detail)", value: .text(repair.name))
    }
  }
}
