import AgoraToken

/// Statements about the uid or account a token is bound to, and the uid the client joined with.
///
/// Source: `ServiceRtc` in `python3/src/AccessToken2.py` (integer uid 0 packs as `""`, any other
/// integer as its decimal text, an account as given), `AccessToken.build` in
/// `python3/src/AccessToken.py` (006 stores `crc32(uid text)`), and the vocabulary of
/// `shared/cases/README.md`.
enum UIDStatements {
  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    tokenUID(facts) + join(facts)
  }

  // MARK: What the token is bound to

  static func tokenUID(_ facts: DiagnosisFacts) -> [Diagnosis] {
    var result: [Diagnosis] = []
    for service in facts.rtcServices {
      let field = FieldPath.serviceField(service.index, .uid)
      switch UIDKind(service.uid) {
      case .account:
        result.append(
          Diagnosis(
            "uid_is_string_account",
            "the token is bound to the string user account \"\(service.uid)\", not to a numeric uid: only a join through the user-account API with exactly this string can use it",
            field: field))
      case .stringZero:
        result.append(
          Diagnosis(
            "uid_is_string_zero_not_wildcard",
            "the uid is the one-character string \"0\" (an account named \"0\"), not the empty wildcard that the integer 0 produces: the uid probably reached the builder as a string; pass the integer 0",
            field: field))
      case .wildcard:
        result.append(
          Diagnosis(
            "uid_is_wildcard",
            "the token uid is empty (built for uid 0): any integer uid may join with it",
            field: field))
      case .numeric:
        break
      }
      if service.uid == SampleCredentials.uid {
        result.append(samplePlaceholder(field: field))
      }
    }
    guard let token = facts.token006, facts.is006RTC else { return result }
    if token.crcUID == 0 && !token.hasRTMLogin {
      result.append(
        Diagnosis(
          "uid_is_wildcard",
          "crc_uid is 0, the CRC of the empty uid text: the token was built for uid 0, so any integer uid may join with it",
          field: .token(.crcUID)))
    }
    if let account = stringAccount(facts, token) {
      result.append(Diagnosis("uid_is_string_account", account, field: .token(.crcUID)))
    }
    if facts.numericPreimages?.isEmpty == true {
      result.append(
        Diagnosis(
          "uid_crc_has_no_numeric_preimage",
          "no decimal uid 1..4294967295 has crc_uid \(token.crcUID), so the token was built for a string account",
          field: .token(.crcUID)))
    }
    if token.crcUID == DiagnosisFacts.crc(SampleCredentials.uid) {
      result.append(samplePlaceholder(field: .token(.crcUID)))
    }
    return result
  }

  /// Why a 006 token is bound to a string account, or `nil` when that is not known.
  static func stringAccount(_ facts: DiagnosisFacts, _ token: AccessToken006) -> String? {
    guard token.crcUID != 0 else { return nil }
    if let match = facts.contextAccounts.first(where: {
      DiagnosisFacts.crc($0.text) == token.crcUID
    }) {
      return
        "crc_uid is the CRC of \"\(match.text)\", \(match.source): the token is bound to a string user account, not to a numeric uid"
    }
    if facts.numericPreimages?.isEmpty == true {
      return
        "no decimal uid has crc_uid \(token.crcUID): the token is bound to a string user account, not to a numeric uid"
    }
    return nil
  }

  static func samplePlaceholder(field: FieldPath) -> Diagnosis {
    Diagnosis(
      "uid_matches_sample_placeholder",
      "the token uid is \(SampleCredentials.uid), the placeholder uid from Agora's sample code: build the token for the uid the client really joins with",
      field: field)
  }

  // MARK: The join

  static func join(_ facts: DiagnosisFacts) -> [Diagnosis] {
    var result: [Diagnosis] = []
    let context = facts.context
    if context.uidPassedAsString {
      let value = context.identity.uidText.map { " (\"\($0)\")" } ?? ""
      result.append(
        Diagnosis(
          "join_uid_passed_as_string",
          "the join call received the uid as a string\(value) where an unsigned 32-bit integer is required; strings belong to the user-account API (joinChannelWithUserAccount)"
        ))
    }
    if let token = facts.token006, let account = context.builtFor.account,
      DiagnosisFacts.crc(account) != token.crcUID
    {
      result.append(
        Diagnosis(
          "account_crc_mismatch",
          "the token server says it built the token for the account \"\(account)\" (CRC-32 \(DiagnosisFacts.crc(account))), but crc_uid is \(token.crcUID): the token was built for another account",
          field: .token(.crcUID)))
    }
    guard context.describesRTCJoin, let joinText = facts.joinUIDText else { return result }
    let integer = context.identity.uid != nil
    let joinLabel =
      context.identity.uid.map { "the integer uid \($0)" }
      ?? "the account \"\(context.identity.account ?? "")\""
    var boundToAccount = false
    var mismatch: Diagnosis?
    if !facts.rtcServices.isEmpty {
      let admitted = facts.rtcServices.contains {
        DiagnosisFacts.uidAdmits($0.uid, joinText, integer: integer)
      }
      if let first = facts.rtcServices.first, !admitted {
        mismatch = Diagnosis(
          "join_uid_does_not_match_token",
          "the client joined with \(joinLabel), but the token is bound to \(UIDKind(first.uid).describe(first.uid))",
          field: .serviceField(first.index, .uid))
        boundToAccount = facts.rtcServices.allSatisfy {
          [.account, .stringZero].contains(UIDKind($0.uid))
        }
      }
    } else if let token = facts.token006, facts.is006RTC {
      if !facts.crcUIDAdmits(token, joinText, integer: integer) {
        mismatch = Diagnosis(
          "join_uid_does_not_match_token",
          "the client joined with \(joinLabel), whose uid text has CRC-32 \(DiagnosisFacts.crc(joinText)), but the token's crc_uid is \(token.crcUID)",
          field: .token(.crcUID))
        boundToAccount = stringAccount(facts, token) != nil
      }
    }
    if let mismatch { result.append(mismatch) }
    if mismatch != nil, boundToAccount, facts.joinsWithIntegerUID {
      result.append(
        Diagnosis(
          "int_uid_join_cannot_match_account",
          "the client joins with \(joinLabel), but the token is bound to a string account: join with the user-account API and the same string, or build the token for a numeric uid (buildTokenWithUid; 0 for any)"
        ))
    }
    return result
  }
}
