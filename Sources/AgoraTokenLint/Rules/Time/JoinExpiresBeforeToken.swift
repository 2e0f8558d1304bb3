import AgoraToken

/// AT204 `join_expires_before_token`: RTC joinChannel ends before the token does (for 007, before
/// ``AccessToken2/usableUntil``: a joinChannel that outlives Agora's 24-hour limit ends with it).
///
/// Source: `RtcTokenBuilder2.build_token_with_uid` docstring in `python3/src/RtcTokenBuilder2.py`:
/// when joinChannel expires the user is removed from the channel. 007 only: a 006 `ts` is the
/// build time + 24 hours in every reference builder (`RtcTokenBuilder.py`), not a lifetime the
/// privileges should reach, so Agora's ordinary 006 output (privileges that end before `ts`)
/// must not be flagged.
struct JoinExpiresBeforeToken: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT204", name: "join_expires_before_token", severity: .warning, category: .time,
    structural: false,
    summary:
      "joinChannel expires before the token: the user will be kicked out early.",
    explanation:
      "When the joinChannel privilege expires the user is removed from the channel, even though the token is still valid. Renewal callbacks keyed to the token's expiry come too late.",
    fix:
      "Give joinChannel the token's lifetime (or 0), or renew the token before joinChannel expires.",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    var findings: [Finding] = []
    let tokenEnds = token.usableUntil
    let what =
      token.dayCapEndsBeforeExpiry == nil ? "the token" : "Agora's 24-hour limit ends the token"
    for (index, _, join) in token.timedJoins {
      let joinEnds = token.expiresAt(privilegeValue: join)
      // Once join has expired, privilege_expired reports it instead.
      guard joinEnds < tokenEnds, joinEnds + context.leeway > context.now else { continue }
      findings.append(
        descriptor.finding(
          "joinChannel ends at \(TimeLimits.iso(joinEnds)), \(TimeLimits.duration(tokenEnds - joinEnds)) before \(what) (\(TimeLimits.iso(tokenEnds)))",
          field: .privilege(service: index, id: 1), value: .number(join),
          expected: .number(tokenEnds - UInt64(token.issueTs)), unit: .seconds))
    }
    return findings
  }
}
