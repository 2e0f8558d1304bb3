import AgoraToken

/// AT207 `token_expired_24h_cap`: the time judged is more than 24 hours after `issue_ts`, and
/// the token's own `expire` reaches later than that (whether or not it has passed by now).
///
/// Source: Agora's token authentication guide: a token is valid for at most 24 hours, and the
/// servers reject it after that with "dynamic key or token timeout" (error 109), whatever its
/// `expire` says. The fact is ``DayCap``, shared with the diagnosis (`expired_by_24h_cap`).
struct TokenExpired24hCap: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT207", name: "token_expired_24h_cap", severity: .error, category: .time,
    structural: false,
    summary:
      "More than 24 hours have passed since issue_ts: Agora rejects the token.",
    explanation:
      "Agora's servers accept a 007 token for at most 24 hours after issue_ts, whatever its expire says. A token built with a longer lifetime is rejected a day after issue (error 109, \"dynamic key or token timeout\"), so its expiry in the token is never reached.",
    fix:
      "Request a new token at least once a day; build tokens with expire of at most 86400 seconds and renew them before they expire.",
    source: RuleSource.authentication,
    agoraErrorCodes: [109])

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2,
      DayCap.ends(token, at: context.now, leeway: context.leeway)
    else { return [] }
    let cap = DayCap.endsAt(token)
    // After its own expiry too, the limit still came first: say when Agora stopped accepting it.
    let expiry =
      token.expiresAt <= context.now
      ? "its expire (\(TimeLimits.iso(token.expiresAt))) came later"
      : "its expire (\(TimeLimits.iso(token.expiresAt))) is never reached"
    return [
      descriptor.finding(
        "issued at \(TimeLimits.iso(UInt64(token.issueTs))), the token passed Agora's 24-hour limit at \(TimeLimits.iso(cap)), \(TimeLimits.duration(context.now - cap)) before \(TimeLimits.iso(context.now)); \(expiry)",
        field: .token(.issueTs), value: .number(cap), expected: .number(context.now),
        unit: .unixTime)
    ]
  }
}
