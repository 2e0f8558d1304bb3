import AgoraToken

/// Which certificate candidates verify which tokens: the proof that turns 32 hexadecimal
/// characters into a confirmed App Certificate.
///
/// 007 tokens and the legacy keys that store what they sign are checked from the token alone.
/// A 006 token signs its channel and uid, which it does not store, so it cannot be checked
/// offline and pairs with no certificate.
enum CertificatePairing {
  /// For each certificate value, the indices of the tokens it verifies.
  static func pairs(certificates: [String], tokens: [JudgedToken]) -> [String: [Int]] {
    var signs: [String: [Int]] = [:]
    for certificate in certificates {
      for (index, token) in tokens.enumerated() where verifies(certificate, token.token) {
        signs[certificate, default: []].append(index)
      }
    }
    return signs
  }

  static func verifies(_ certificate: String, _ token: AnyToken) -> Bool {
    switch token {
    case .accessToken2(let token):
      // Directly, not through TokenVerifier: on a mismatch it also tries letter-case variants
      // for its hints, which would triple the work of every failed pairing.
      return AccessToken2Signer.isValid(token, certificate: certificate)
    case .accessToken006:
      return false
    case .legacy:
      let check = TokenVerifier.verify(
        token, certificates: [AppCertificate(secret: certificate, origin: "scan")])
      return check.status == .valid
    }
  }
}
