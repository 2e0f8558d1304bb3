import AgoraToken

/// AT202 `token_not_yet_valid`: `issue_ts` lies after `--now` beyond the leeway.
///
/// Source: `AccessToken.__init__` in `python3/src/AccessToken2.py` sets `issue_ts` from the
/// token server's clock; a time in the future means one of the clocks is skewed.
struct TokenNotYetValid: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT202", name: "token_not_yet_valid", severity: .error, category: .time,
    structural: false,
    summary:
      "The token was issued after the time judged: one of the clocks is skewed.",
    explanation:
      "issue_ts comes from the token server's clock. A token issued in the future of the client (or of the time you judge at) means the token server's or the client's clock is wrong, and lifetimes are shifted by the skew.",
    fix:
      "Synchronise the token server's clock with NTP, and check the client device's clock.",
    source: RuleSource.accessToken2)

  // 006 and legacy keys store no issue time (006 `ts - 86400` is only an estimate), so the rule
  // judges 007 tokens only.
  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2,
      UInt64(token.issueTs) > context.now + context.leeway
    else { return [] }
    let ahead = UInt64(token.issueTs) - context.now
    return [
      descriptor.finding(
        "issue_ts \(TimeLimits.iso(UInt64(token.issueTs))) is \(TimeLimits.duration(ahead)) after \(TimeLimits.iso(context.now)) (leeway \(TimeLimits.duration(context.leeway))): clock skew",
        field: .token(.issueTs), value: .number(token.issueTs),
        expected: .number(context.now + context.leeway), unit: .unixTime)
    ]
  }
}
