import AgoraToken

/// AT203 `privilege_expired`: a privilege had expired at `--now` while the token is still valid.
///
/// Source: "Expiry semantics" in `shared/vectors/README.md`: a privilege expires at
/// `issue_ts + value` (0 inherits the token's expiry).
struct PrivilegeExpired: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT203", name: "privilege_expired", severity: .error, category: .time,
    summary: "A privilege had expired at the time judged, although the token is still valid.",
    explanation:
      "Each privilege has its own lifetime. When joinChannel or a publish privilege has expired, the SDK refuses that action even though the token itself has not expired.",
    fix: "Request a new token, and give privileges the same lifetime as the token (or 0).",
    source: RuleSource.rtcBuilder2, agoraErrorCodes: [109])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, token.expiresAt + context.leeway > context.now
    else { return [] }
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      for privilege in service.privileges where privilege.value != 0 {
        let expiresAt = token.expiresAt(privilegeValue: privilege.value)
        guard expiresAt + context.leeway <= context.now else { continue }
        findings.append(
          descriptor.finding(
            "\(service.type) \(service.privilegeLabel(privilege.id)) expired at \(TimeLimits.iso(expiresAt)), \(TimeLimits.duration(context.now - expiresAt)) before \(TimeLimits.iso(context.now))",
            field: Pointer.privilege(index, privilege.id), value: String(privilege.value),
            expected: "after \(context.now)"))
      }
    }
    return findings
  }
}
