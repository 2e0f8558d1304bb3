/// Whether a token is usable at the time judged, read from its time findings.
///
/// The time rules own the judgment (leeway included): AT201 `token_expired` and AT207
/// `token_expired_24h_cap` (Agora's 24-hour limit) mean expired, AT202 `token_not_yet_valid`
/// means not yet valid. `verify` exits 1 for either unless
/// `--ignore-expiry` is given; the JSON `status` names them.
public enum ValidityVerdict: String, Sendable, Equatable {
  /// Neither expired nor not yet valid (or the token stores no times).
  case current
  /// The token had expired at the time judged.
  case expired
  /// The token's `issue_ts` is later than the time judged (beyond the leeway).
  case notYetValid = "not_yet_valid"

  /// The verdict of one input's findings.
  public init(_ findings: [Finding]) {
    if findings.contains(where: { $0.name == "token_expired" || $0.name == "token_expired_24h_cap" }
    ) {
      self = .expired
    } else if findings.contains(where: { $0.name == "token_not_yet_valid" }) {
      self = .notYetValid
    } else {
      self = .current
    }
  }

  /// Whether any finding is AT205 `expires_within`: the token will no longer be valid after the
  /// `--expires-within` window (`openssl x509 -checkend` semantics).
  public static func expiresWithinWindow(_ findings: [Finding]) -> Bool {
    findings.contains { $0.name == "expires_within" }
  }
}
