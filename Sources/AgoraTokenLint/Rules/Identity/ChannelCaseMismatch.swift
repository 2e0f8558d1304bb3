import AgoraToken

/// AT312 `channel_mismatch_case_or_whitespace`: the channels match only when letter case or
/// surrounding whitespace is ignored.
///
/// Source: `ServiceRtc` in `python3/src/AccessToken2.py` signs the channel name as exact text;
/// channel names are case-sensitive. 006: a case or whitespace variant of `--channel` has the
/// token's `crc_channel_name` (``IdentityComparison`` tries the variants).
struct ChannelCaseMismatch: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT312", name: "channel_mismatch_case_or_whitespace", severity: .error,
    category: .identity,
    structural: false,
    summary:
      "The channel matches only when letter case or surrounding whitespace is ignored.",
    explanation:
      "Channel names are compared byte for byte: \"Room1\" and \"room1\" are different channels, and so are \"room1\" and \"room1 \". The join fails with error 110 although the names look the same.",
    fix:
      "Use one spelling everywhere: normalise the channel name (case, trimming) before building the token and before joining.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let identity = Identity006(inspection, context: context) {
      guard !identity.isRTMLogin, let check = identity.channel, !check.matches,
        let variant = check.matchingVariant
      else { return [] }
      return [
        descriptor.finding(
          "crc_channel_name \(check.actual) is the CRC-32 of \"\(variant)\", not of the client's \"\(check.expected)\": the names differ only in letter case or surrounding whitespace; channel names are case-sensitive",
          field: .token(.crcChannelName), value: .text(variant), expected: .text(check.expected))
      ]
    }
    return ChannelComparison.mismatches(inspection, context: context).compactMap { entry in
      guard entry.kind == .equalIgnoringCaseOrWhitespace else { return nil }
      return descriptor.finding(
        "\(entry.service.type) channel \"\(entry.token)\" matches the client's \"\(entry.client)\" only when letter case or surrounding whitespace is ignored; channel names are case-sensitive",
        field: .serviceField(entry.index, .channelName), value: .text(entry.token),
        expected: .text(entry.client))
    }
  }
}
