import AgoraToken

/// AT107 `trailing_bytes`: bytes follow the last declared service.
///
/// Source: `AccessToken.from_string` and `verify_signature` in `python3/src/AccessToken2.py`: no
/// reference parser checks for them, and the signature covers them.
struct TrailingBytesRule: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT107", name: "trailing_bytes", severity: .warning, category: .structure,
    structural: true,
    summary: "Bytes follow the last declared service (007) or the message (006).",
    explanation:
      "No reference builder writes anything after the last service. Extra bytes mean the token was assembled by hand or corrupted before it was signed; parsers ignore them, but strict decoders reject the token.",
    fix: "Rebuild the token with a reference builder.", source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let trailing = inspection.accessToken2?.trailingBytes {
      return [
        descriptor.finding(
          "\(trailing.count) bytes follow the last service at payload offset \(trailing.offset)",
          field: "/trailing_bytes", value: .number(trailing.count), expected: 0,
          unit: .bytes)
      ]
    }
    if let trailing = inspection.accessToken006?.trailingBytes {
      return [
        descriptor.finding(
          "\(trailing.count) bytes follow the 006 message at content offset \(trailing.offset)",
          field: "/trailing_bytes", value: .number(trailing.count), expected: 0,
          unit: .bytes)
      ]
    }
    return []
  }
}
