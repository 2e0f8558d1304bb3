/// The exit policy of `agtoken verify`: what makes the CI gate fail.
///
/// A token passes only when it decodes, its signature verifies, and it is usable at the time
/// judged (`--now` or the clock), as JWT verifiers reject an expired token by default. With an
/// `--expires-within` window it must also stay valid for the whole window (`openssl x509
/// -checkend`).
public struct VerifyGate: Sendable, Equatable {
  /// The outcome, with the documented exit code as raw value.
  public enum Outcome: Int32, Sendable {
    /// Every token decodes, verifies and is valid at the time judged (and after the window).
    case ok = 0
    /// A signature is invalid or not checked, no input was given, a token is expired or not yet
    /// valid (unless ``ignoreExpiry``), or a token expires within the window.
    case failed = 1
    /// A token could not be decoded.
    case undecodable = 3
  }

  /// `--ignore-expiry`: judge the signature only, not AT201 / AT202.
  public var ignoreExpiry: Bool

  /// Creates the policy.
  public init(ignoreExpiry: Bool = false) { self.ignoreExpiry = ignoreExpiry }

  /// The outcome of a run.
  public func outcome(_ tally: RunTally) -> Outcome {
    if tally.undecodable > 0 { return .undecodable }
    if tally.inputs == 0 || tally.signatureInvalid > 0 || tally.signatureNotChecked > 0 {
      return .failed
    }
    if !ignoreExpiry && (tally.expired > 0 || tally.notYetValid > 0) { return .failed }
    if tally.expiringWithinWindow > 0 { return .failed }
    return .ok
  }
}
