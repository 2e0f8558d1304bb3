import AgoraToken

/// AT212 `expire_looks_absolute`: the lifetime is an absolute Unix time.
///
/// Source: "Expiry semantics" in `shared/vectors/README.md` and `AccessToken.__init__` in
/// `python3/src/AccessToken2.py` (`expire` is seconds relative to `issue_ts`).
struct ExpireLooksAbsolute: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT212", name: "expire_looks_absolute", severity: .warning, category: .time,
    structural: true,
    summary:
      "The token lifetime is >= 1000000000: an absolute Unix time where seconds are expected.",
    explanation:
      "007 counts expire in seconds from issue_ts, but 006 builders took absolute Unix times. Passing now + N to a 007 builder gives a token that lives for decades.",
    fix:
      "Pass the lifetime in seconds (for example 3600), not now + 3600.",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, TimeLimits.looksAbsolute(token.expire) else {
      return []
    }
    var message =
      "expire is \(token.expire), which reads as \(TimeLimits.iso(UInt64(token.expire))) rather than a lifetime"
    if token.expire > token.issueTs, UInt64(token.expire - token.issueTs) <= 31 * TimeLimits.day {
      message +=
        "; expire - issue_ts = \(token.expire - token.issueTs) s, so the builder got now + \(token.expire - token.issueTs) instead of \(token.expire - token.issueTs)"
    }
    return [
      descriptor.finding(
        message, field: .token(.expire), value: .number(token.expire), expected: 86_400,
        unit: .seconds)
    ]
  }
}
