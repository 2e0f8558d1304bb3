import AgoraToken

/// AT314 `int_uid_join_cannot_match_account`: the client joins with an integer uid, but the
/// token is bound to a string account.
///
/// Source: `RtcTokenBuilder2.build_token_with_user_account` in `python3/src/RtcTokenBuilder2.py`
/// and the `joinChannelWithUserAccount` API: accounts and integer uids are separate APIs.
struct IntUIDJoinCannotMatchAccount: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT314", name: "int_uid_join_cannot_match_account", severity: .error,
    category: .identity,
    summary: "The client joins with an integer uid, but the token is bound to a string account.",
    explanation:
      "A token built for a user account (any uid text that is not a plain decimal uid, including the string \"0\" and UUIDs) can only be used through the user-account API with the same string. No integer uid can match it.",
    fix:
      "Join with joinChannelWithUserAccount and the same string, or build the token with the integer uid (buildTokenWithUid; uid 0 for any).",
    source: RuleSource.rtcBuilder2, agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    UIDComparison.all(inspection, context: context).compactMap { entry in
      guard entry.client.isInteger, entry.kind == .account || entry.kind == .stringZero else {
        return nil
      }
      return descriptor.finding(
        "\(entry.service.type) \(entry.key) is \(entry.kind.describe(entry.token)), which no integer uid join can match; the client joins with \(entry.client.described)",
        field: Pointer.field(entry.index, entry.key), value: entry.token,
        expected: "a decimal uid or \"\"")
    }
  }
}
