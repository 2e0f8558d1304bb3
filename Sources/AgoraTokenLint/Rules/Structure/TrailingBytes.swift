import AgoraToken

/// AT107 `trailing_bytes`: bytes follow the last declared service.
///
/// Source: `AccessToken.from_string` and `verify_signature` in `python3/src/AccessToken2.py`: no
/// reference parser checks for them, and the signature covers them.
struct TrailingBytesRule: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT107", name: "trailing_bytes", severity: .warning, category: .structure,
    structural: true,
    summary:
      "Bytes follow the last declared service (007) or the message (006).",
    explanation:
      "No reference builder writes anything after the last service. Extra bytes mean the token was assembled by hand or corrupted before it was signed; parsers ignore them, but strict decoders reject the token.",
    fix:
      "Rebuild the token with a reference builder.",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    // The codec found the bytes and said where; the finding restates its warning, so a report
    // states the fact once (``RestatedWarnings``).
    let count =
      inspection.accessToken2?.trailingBytes?.count
      ?? inspection.accessToken006?.trailingBytes?.count
    return inspection.decodeWarnings(.trailingBytes).map { warning in
      descriptor.finding(
        warning.message, field: .token(.trailingBytes), value: count.map { .number($0) },
        expected: count == nil ? nil : 0, unit: count == nil ? nil : .bytes)
    }
  }
}
