import AgoraToken

/// When the token checks out against every context flag given (`token_consistent_with_context`),
/// the causes that live outside the token, named one by one so each can be checked and ruled out.
///
/// Source: Agora's token authentication guide and error codes (109, 110): a project without an
/// enabled App Certificate, a token that is not the one the SDK received, the console's
/// "strict token permission" switch (without it, roles in the token are not enforced), and a
/// skewed device clock are the documented causes that no token field shows.
///
/// They are stated only when the token explains nothing itself: next to a cause found in the
/// token (expired, signed with the secondary certificate, a certificate in another letter case,
/// ...) they would send the reader after the wrong one.
enum OutsideCauseStatements {
  /// The statements that name no cause: with only these, the failure lies outside the token.
  static let neutral: Set<String> = [
    "token_consistent_with_context", "not_expired_at_failure_time", "uid_is_wildcard",
    "privilege_expiry_zero", "token_built_on_client",
  ]

  /// The outside causes, given the statements already made for the same input.
  static func statements(_ facts: DiagnosisFacts, stated: Set<String>) -> [Diagnosis] {
    guard stated.contains("token_consistent_with_context"), stated.isSubset(of: neutral),
      facts.signature.status != .invalid
    else { return [] }
    var result = [
      Diagnosis(
        "console_certificate_not_enabled",
        "possible cause outside the token: the App Certificate is not enabled for this project in Agora Console (or was changed), so the project accepts no token signed with it; check Project management > Config"
      ),
      Diagnosis(
        "token_not_reaching_request",
        "possible cause outside the token: the SDK did not receive this token (an empty, stale or cached one was passed, or renewToken was not called); log the token's fingerprint where the client calls join or login"
      ),
    ]
    if facts.context.builtFor.role != nil {
      result.append(
        Diagnosis(
          "strict_token_permission_off",
          "possible cause outside the token: without \"strict token permission\" enabled in Agora Console the role in the token is not enforced, so a subscriber token may still publish; enable it for roles to take effect"
        ))
    }
    if facts.context.failureTimeIsClock || facts.context.failureTime == nil {
      result.append(
        Diagnosis(
          "client_clock_skewed",
          "possible cause outside the token: the device clock or the token server's clock may be wrong; compare both with NTP and give --now with the failure time to judge expiry"
        ))
    }
    return result
  }
}
