import AgoraToken

/// AT203 `privilege_expired`: a privilege had expired at `--now` while the token is still valid
/// (for 007: before both `issue_ts + expire` and Agora's 24-hour limit, ``AccessToken2/usableUntil``).
///
/// Source: "Expiry semantics" in `shared/vectors/README.md`: a privilege expires at
/// `issue_ts + value` (0 inherits the token's expiry); 006 privilege values are absolute Unix times
/// (0 carries no expiry of its own), "The 006 format" in the same file.
struct PrivilegeExpired: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT203", name: "privilege_expired", severity: .error, category: .time,
    structural: false,
    summary:
      "A privilege had expired at the time judged, although the token is still valid.",
    explanation:
      "Each privilege has its own lifetime. When joinChannel or a publish privilege has expired, the SDK refuses that action even though the token itself has not expired.",
    fix:
      "Request a new token, and give privileges the same lifetime as the token (or 0).",
    source: RuleSource.rtcBuilder2,
    agoraErrorCodes: [109])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    if let token = inspection.accessToken006 { return check006(token, context: context) }
    guard let token = inspection.accessToken2, token.usableUntil + context.leeway > context.now
    else { return [] }
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      for privilege in service.privileges where privilege.value != 0 {
        let expiresAt = token.expiresAt(privilegeValue: privilege.value)
        guard expiresAt + context.leeway <= context.now else { continue }
        findings.append(
          descriptor.finding(
            "\(service.type) \(service.privilegeLabel(privilege.id)) expired at \(TimeLimits.iso(expiresAt)), \(TimeLimits.duration(context.now - expiresAt)) before \(TimeLimits.iso(context.now))",
            field: .privilege(service: index, id: privilege.id), value: .number(expiresAt),
            expected: .number(context.now), unit: .unixTime))
      }
    }
    return findings
  }

  /// 006: a non-zero privilege value is its absolute expiry; judged while `ts` has not passed.
  private func check006(_ token: AccessToken006, context: LintContext) -> [Finding] {
    guard token.expiresAt + context.leeway > context.now else { return [] }
    return token.privileges.compactMap { privilege in
      let expiresAt = UInt64(privilege.value)
      guard privilege.value != 0, expiresAt + context.leeway <= context.now else { return nil }
      return descriptor.finding(
        "\(AccessToken006.lintName(privilege.id)) (privilege \(privilege.id)) expired at \(TimeLimits.iso(expiresAt)), \(TimeLimits.duration(context.now - expiresAt)) before \(TimeLimits.iso(context.now))",
        field: .privilege006(privilege.id), value: .number(expiresAt),
        expected: .number(context.now), unit: .unixTime)
    }
  }
}
