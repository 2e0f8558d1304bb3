import AgoraToken

/// AT314 `int_uid_join_cannot_match_account`: the client joins with an integer uid, but the
/// token is bound to a string account.
///
/// Source: `RtcTokenBuilder2.build_token_with_user_account` in `python3/src/RtcTokenBuilder2.py`
/// and the `joinChannelWithUserAccount` API: accounts and integer uids are separate APIs. 006: no
/// decimal uid 1...4294967295 has the token's `crc_uid` (``NumericUIDSearch``), or `crc_uid` is
/// the CRC-32 of the string `"0"`.
struct IntUIDJoinCannotMatchAccount: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT314", name: "int_uid_join_cannot_match_account", severity: .error, category: .identity,
    structural: false,
    summary:
      "The client joins with an integer uid, but the token is bound to a string account.",
    explanation:
      "A token built for a user account (any uid text that is not a plain decimal uid, including the string \"0\" and UUIDs) can only be used through the user-account API with the same string. No integer uid can match it.",
    fix:
      "Join with joinChannelWithUserAccount and the same string, or build the token with the integer uid (buildTokenWithUid; uid 0 for any).",
    source: RuleSource.rtcBuilder2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let identity = Identity006(inspection, context: context) {
      return check006(identity, context: context)
    }
    return UIDComparison.all(inspection, context: context).compactMap { entry in
      guard entry.client.isInteger, entry.kind == .account || entry.kind == .stringZero else {
        return nil
      }
      return descriptor.finding(
        "\(entry.service.type) \(entry.key) is \(entry.kind.describe(entry.token)), which no integer uid join can match; the client joins with \(entry.client.described)",
        field: .serviceField(entry.index, entry.key), value: .text(entry.token))
    }
  }

  /// 006: the integer uid's check failed and `crc_uid` belongs to a string account.
  private func check006(_ identity: Identity006, context: LintContext) -> [Finding] {
    guard let uid = context.identity.uid, context.identity.account == nil,
      let check = identity.uid, !check.matches, identity.token.crcUID != 0
    else { return [] }
    let crc = identity.token.crcUID
    let why: String
    if crc == AccessToken006.crc("0") {
      why = "crc_uid \(crc) is the CRC-32 of the string \"0\" (an account named \"0\", not uid 0)"
    } else if identity.facts.numericUIDPreimages?.isEmpty == true {
      why =
        "no decimal uid 1..4294967295 has crc_uid \(crc): the token was built for a string account"
    } else {
      return []
    }
    return [
      descriptor.finding(
        "\(why), which no integer uid join can match; the client joins with the integer uid \(uid)",
        field: .token(.crcUID), value: .number(crc))
    ]
  }
}
