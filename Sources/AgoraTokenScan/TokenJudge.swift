import AgoraToken
import AgoraTokenLint

/// A token found in the scan, decoded and judged at the scan's time.
struct JudgedToken: Sendable {
  /// The token text after repairs: what the fingerprint is taken of.
  var text: String
  var fingerprint: String
  var token: AnyToken
  var verdict: ValidityVerdict
  /// For 007: `issue_ts + expire`, Unix time; `nil` when `expire` is 0 or for other versions.
  var expiresAt: UInt64?
}

/// Decodes the tokens a scan finds and judges whether they are still usable, through the same
/// pipeline and time rules as `agtoken lint`, so that scan and lint never disagree on expiry.
struct TokenJudge {
  /// The time rules whose findings make a ``ValidityVerdict``.
  static let timeRules = ["token_expired", "token_expired_24h_cap", "token_not_yet_valid"]

  private let pipeline: InspectionPipeline

  init(now: UInt64) {
    // The names are the registry's own, so the selection cannot fail.
    let rules = try? RuleSelection(select: Self.timeRules)
    pipeline = InspectionPipeline(InspectionSettings(now: now, rules: rules))
  }

  /// The token `value` holds, or `nil` when it does not decode: text that only looks like a
  /// token is not reported. A token continued on the next lines is tried joined first.
  func judge(_ value: String, wrapped: String?) -> JudgedToken? {
    for candidate in [wrapped, value].compactMap({ $0 }) {
      let judged = pipeline.inspect(candidate, source: InputSource(file: "scan", line: 1))
      guard let decoded = judged.inspection.decoded else { continue }
      var expiresAt: UInt64?
      if case .accessToken2(let token) = decoded.token, token.expire != 0 {
        expiresAt = UInt64(token.issueTs) + UInt64(token.expire)
      }
      return JudgedToken(
        text: judged.inspection.text, fingerprint: judged.inspection.fingerprint,
        token: decoded.token, verdict: ValidityVerdict(judged.findings), expiresAt: expiresAt)
    }
    return nil
  }
}
