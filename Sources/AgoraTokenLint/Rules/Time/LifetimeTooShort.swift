import AgoraToken

/// AT217 `lifetime_too_short`: a 007 token or its joinChannel privilege lasts less than the
/// minimum lifetime (300 seconds by default; `min_lifetime` in `.agtoken.toml`).
///
/// Source: the RTC SDK's `onTokenPrivilegeWillExpire` callback fires 30 seconds before the
/// privilege expires (Agora's token authentication guide); a client needs longer than that to
/// fetch a new token from its server and renew it.
struct LifetimeTooShort: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT217", name: "lifetime_too_short", severity: .warning, category: .time,
    structural: false,
    summary:
      "The token or joinChannel lasts too briefly to be renewed in time.",
    explanation:
      "The SDK warns 30 seconds before the token or the join privilege expires (onTokenPrivilegeWillExpire). With a lifetime of a few minutes or less, the client spends most of it renewing, and a slow token server makes it miss the window and drop out of the channel.",
    fix:
      "Build tokens that last at least several minutes (an hour is common) and renew them in the will-expire callback.",
    source: RuleSource.authentication)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    let minimum = context.minimumLifetime
    // expire 0 is expire_zero's finding, not a short lifetime.
    if token.expire != 0, UInt64(token.expire) < minimum {
      return [
        descriptor.finding(
          "expire is \(token.expire) seconds (\(TimeLimits.duration(UInt64(token.expire)))), under the \(TimeLimits.duration(minimum)) a client needs to renew",
          field: .token(.expire), value: .number(token.expire), expected: .number(minimum),
          unit: .seconds)
      ]
    }
    var findings: [Finding] = []
    for (index, _, join) in token.timedJoins where UInt64(join) < minimum {
      findings.append(
        descriptor.finding(
          "joinChannel lasts \(join) seconds (\(TimeLimits.duration(UInt64(join)))), under the \(TimeLimits.duration(minimum)) a client needs to renew",
          field: .privilege(service: index, id: 1), value: .number(join),
          expected: .number(minimum),
          unit: .seconds))
    }
    return findings
  }
}
