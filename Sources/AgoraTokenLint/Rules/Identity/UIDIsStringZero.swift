import AgoraToken

/// AT315 `uid_is_string_zero`: the uid field is the string "0", an account, not the wildcard.
///
/// Source: `ServiceRtc.__init__` in `python3/src/AccessToken2.py`: integer uid 0 is packed as
/// `""`; the text `"0"` only arises when the uid reached the builder as a string.
struct UIDIsStringZero: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT315", name: "uid_is_string_zero", severity: .warning, category: .identity,
    structural: false,
    summary:
      "The uid is the string \"0\": an account named \"0\", not the any-user wildcard.",
    explanation:
      "Integer uid 0 is packed as the empty string and admits any integer uid. The one-character string \"0\" is a user account named \"0\": an integer uid join (even with uid 0) cannot match it. The uid probably reached the builder as a string, for example from a URL path.",
    fix:
      "Convert the uid to an integer before calling buildTokenWithUid.",
    source: RuleSource.accessToken2,
    agoraErrorCodes: [110])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    return token.services.enumerated().compactMap { index, service in
      guard let user = service.userText, UIDKind(user.value) == .stringZero else { return nil }
      return descriptor.finding(
        "\(service.type) \(user.key) is the string \"0\", an account, not the wildcard \"\" that integer uid 0 produces",
        field: .serviceField(index, user.key), value: "0", expected: "")
    }
  }
}
