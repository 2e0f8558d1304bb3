import AgoraToken

/// States the diagnoses of one inspected input: the statements of the vocabulary in
/// `shared/cases/README.md` ("Diagnosis vocabulary") that the decoded facts and the context support.
///
/// Every statement is a rule over facts (decoded fields, repairs, recognition, signature checks,
/// CRCs) and the context the user gives; none depends on particular values. Statements are pure:
/// time comes from ``DiagnosisContext/failureTime``, never from the clock. The 006 numeric-uid
/// preimage search (``NumericUIDSearch``, about 2 × 10⁵ CRC-32s) runs only for a 006 token whose
/// `crc_uid` is not 0 and not already explained by an integer uid of the context.
///
/// `sdk_may_predate_007_support` uses the first RTM and RTC SDK releases that Agora documents as
/// accepting 007 tokens (``SDKStatements``).
public struct Diagnoser: Sendable {
  /// Creates a diagnoser.
  public init() {}

  /// The statements for `inspection`, in vocabulary order, each at most once.
  /// - Parameters:
  ///   - findings: the lint findings for the same inspection (used for wording only; every
  ///     statement is derived from facts, so `--select`/`--ignore` cannot hide one).
  ///   - context: what the user knows about the failure.
  ///   - leeway: the clock skew the time rules tolerate, in seconds (`--leeway`): the time
  ///     statements judge with it too, so that they agree with AT201, AT202 and AT207.
  ///
  /// The raw input (before repairs, for the "=" padding it carried) is ``Inspection/raw``.
  public func diagnose(
    _ inspection: Inspection, findings: [Finding] = [], context: DiagnosisContext,
    leeway: UInt64 = 0
  ) -> [Diagnosis] {
    var facts = DiagnosisFacts(inspection: inspection, findings: findings, context: context)
    facts.leeway = min(leeway, LintContext.maximumDuration)
    if let token = facts.token006, token.crcUID != 0, !Self.integerUIDExplains(token, context) {
      let decoded = inspection.decoded ?? inspection.afterFix?.decoded
      facts.numericPreimages = (decoded?.facts006 ?? AccessToken006Facts(token)).numericUIDPreimages
    }
    let families: [(DiagnosisFacts) -> [Diagnosis]] = [
      InputStatements.statements, SDKStatements.statements, UIDStatements.statements,
      ChannelStatements.statements,
      PrivilegeStatements.statements, RTMStatements.statements, ChatStatements.statements,
      TimeStatements.statements,
      SignatureStatements.statements, ConsistencyStatement.statements,
    ]
    var seen: Set<String> = []
    var result: [Diagnosis] = []
    for diagnosis in families.flatMap({ $0(facts) }) where !seen.contains(diagnosis.statement) {
      seen.insert(diagnosis.statement)
      result.append(diagnosis)
    }
    // Causes outside the token are named only when nothing in the token explains the failure.
    result += OutsideCauseStatements.statements(facts, stated: seen)
    let order = Self.vocabularyOrder
    return result.sorted { (order[$0.statement] ?? .max) < (order[$1.statement] ?? .max) }
  }

  /// An integer uid of the context whose decimal text has the token's `crc_uid`: then a numeric
  /// preimage is known and the search would say nothing new.
  static func integerUIDExplains(_ token: AccessToken006, _ context: DiagnosisContext) -> Bool {
    [context.identity.uid, context.builtFor.uid].contains { uid in
      guard let uid, uid != 0 else { return false }
      return DiagnosisFacts.crc(String(uid)) == token.crcUID
    }
  }

  /// Each statement's position in ``vocabulary``; built once, since building it per input cost
  /// 34,000 instructions.
  static let vocabularyOrder = Dictionary(
    uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })

  /// The statements of the vocabulary, in the README's order.
  public static let vocabulary: [String] = [
    "not_a_token_32_hex", "input_equals_app_id", "chat_rest_token_not_verifiable_offline",
    "chat_rest_token_times_inferred", "sdk_may_predate_007_support", "token_truncated",
    "base64_padding_wrong", "base64_length_impossible", "partial_fields_recovered",
    "signature_not_checkable", "json_escaped_slash_in_token", "invisible_character_in_token",
    "token_percent_encoded",
    "percent_encoded_twice", "uid_is_string_account", "uid_crc_has_no_numeric_preimage",
    "uid_is_string_zero_not_wildcard", "uid_is_wildcard", "uid_matches_sample_placeholder",
    "join_uid_does_not_match_token", "int_uid_join_cannot_match_account",
    "join_uid_passed_as_string", "account_crc_mismatch", "token_consistent_with_context",
    "console_certificate_not_enabled", "token_not_reaching_request", "strict_token_permission_off",
    "client_clock_skewed",
    "channel_matches_case_insensitively_only", "channel_does_not_match_token",
    "channel_crc_mismatch", "no_join_channel_privilege",
    "no_publish_privileges", "rtc_token_used_for_rtm_login", "rtc_join_privilege_in_rtm_token",
    "privilege_expiry_zero", "rtm_user_id_does_not_match_token", "rtm_token_built_for_user_zero",
    "rtm_006_uid_slot_not_empty", "rtm_006_user_id_in_uid_slot",
    "chat_app_token_for_sdk_login", "chat_user_token_for_rest", "chat_user_id_mismatch",
    "expired_before_failure_time", "expired_by_24h_cap", "not_expired_at_failure_time",
    "issue_ts_after_failure_time",
    "lifetime_looks_like_unix_timestamp", "privilege_looks_like_unix_timestamp",
    "lifetime_is_issue_ts_plus_duration", "privilege_expiry_over_24h_after_issue",
    "privilege_expiry_looks_like_duration", "signed_with_secondary_certificate",
    "certificate_letter_case_differs", "app_id_is_sample_placeholder",
    "signature_valid_with_sample_certificate", "token_built_on_client",
  ]
}
