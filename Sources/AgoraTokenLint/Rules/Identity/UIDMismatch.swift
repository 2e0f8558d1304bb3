import AgoraToken

/// AT313 `uid_mismatch`: the token is bound to another uid or account than the client joins with.
///
/// Source: `ServiceRtc` in `python3/src/AccessToken2.py` (uid packed as text, `""` for uid 0);
/// 006 compares the CRC-32 of that text with `crc_uid` (`python3/src/AccessToken.py`).
struct UIDMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT313", name: "uid_mismatch", severity: .error, category: .identity,
    structural: false,
    summary:
      "The token is bound to another uid or account than the client joins with.",
    explanation:
      "An RTC token is bound to the uid text it was built with (007 stores it, 006 its CRC-32): \"\" (built with uid 0) admits any integer uid, a decimal text admits that uid only, and any other text is a user account that only the user-account API can use. Any other join fails with error 110.",
    fix:
      "Build the token with the uid or account the client joins with, or build it with uid 0 to admit any integer uid.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let identity = Identity006(inspection, context: context) {
      guard let check = identity.uid, !check.matches else { return [] }
      let text = check.expected.isEmpty ? "the empty uid text (uid 0)" : "\"\(check.expected)\""
      var message = "crc_uid \(check.actual) is not the CRC-32 of \(text)"
      if let note = check.note { message += "; \(note)" }
      return [
        descriptor.finding(
          message, field: .token(.crcUID), value: .identifier(check.actual),
          expected: .identifier(check.expected))
      ]
    }
    return UIDComparison.all(inspection, context: context).compactMap { entry in
      guard !entry.matches else { return nil }
      var message =
        "\(entry.service.type) \(entry.key) is \(entry.kind.describe(entry.token)); the client joins with \(entry.client.described)"
      if entry.client.isInteger && entry.client.packed.isEmpty {
        message += " (uid 0 lets the SDK pick a uid, so only a wildcard token admits it)"
      }
      return descriptor.finding(
        message, field: .serviceField(entry.index, entry.key), value: .identifier(entry.token),
        expected: .identifier(entry.client.packed))
    }
  }
}
