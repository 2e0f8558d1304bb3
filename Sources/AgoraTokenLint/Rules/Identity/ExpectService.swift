import AgoraToken

/// AT320 `expect_service`: the token lacks a service given with `--expect-service`.
///
/// Source: the service table (`kService*`) of `python3/src/AccessToken2.py`; a 006 token carries
/// RTC when it has a privilege 1-4 and RTM when it has the login privilege 1000
/// (`python3/src/AccessToken.py`).
struct ExpectService: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT320", name: "expect_service", severity: .error, category: .identity,
    structural: false,
    summary:
      "The token lacks a service the client needs (--expect-service).",
    explanation:
      "A token grants only the services it carries (006: RTC privileges 1-4, RTM login 1000). An RTC-only token cannot log in to RTM or Chat, and the other way round.",
    fix:
      "Build the token with the service the client uses (for example RtcTokenBuilder2.build_token_with_rtm for RTC + RTM).",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard !context.expectedServices.isEmpty else { return [] }
    let types: [ServiceType]
    let field: FieldPath
    if let token = inspection.accessToken2 {
      types = token.services.map(\.type)
      field = .token(.services)
    } else if let token = inspection.accessToken006 {
      types = (token.hasRTCPrivileges ? [.rtc] : []) + (token.hasRTMLogin ? [.rtm] : [])
      field = .token(.privileges)
    } else {
      return []
    }
    let present = Set(types)
    let carried = types.map(\.description).joined(separator: ", ")
    return context.expectedServices.filter { !present.contains($0) }.map { type in
      descriptor.finding(
        "the token carries no \(type) service (it carries: \(carried.isEmpty ? "none" : carried))",
        field: field, value: .text(carried), expected: .text(type.description))
    }
  }
}
