/// Checks a decoded token's signature against the certificates at hand.
///
/// Tries each certificate in order and reports the first that matches, so that a file holding a
/// primary and a secondary certificate shows which one signed the token. On a mismatch it says what
/// the facts explain: a certificate that is not 32 hex characters, or one that matches only in
/// another letter case (007 and 006 use the certificate as text).
///
/// 006 and legacy keys do not store everything they sign: the channel (and for some the uid) come
/// from `identity` (`--channel`, `--uid`, `--account`). Without them the status is `not_checked` with
/// a hint that names the options needed.
public enum TokenVerifier {
  /// Verifies `token` with `certificates`, using `identity` for the values a 006 or legacy key signs
  /// but does not store.
  /// - Returns: ``SignatureCheck`` with status `not_checked` when `certificates` is empty or a needed
  ///   identity value is missing.
  public static func verify(
    _ token: AnyToken, certificates: [AppCertificate], identity: ClientIdentity = ClientIdentity()
  ) -> SignatureCheck {
    guard !certificates.isEmpty else {
      return .notChecked("no certificate given")
    }
    switch token {
    case .accessToken2(let token):
      return check(certificates) { AccessToken2Signer.isValid(token, certificate: $0) }
    case .accessToken006(let token):
      return AccessToken006Verifier.verify(token, certificates: certificates, identity: identity)
    case .legacy(let token):
      return LegacyVerifier.verify(token, certificates: certificates, identity: identity)
    }
  }

  /// Runs `isValid` over the certificates, then over their case variants for a hint.
  ///
  /// Shared by every version whose signature can be checked from the token alone.
  public static func check(
    _ certificates: [AppCertificate], isValid: (String) -> Bool
  ) -> SignatureCheck {
    for (index, certificate) in certificates.enumerated() where isValid(certificate.secret) {
      return SignatureCheck(status: .valid, matchedOrigin: certificate.origin, matchedIndex: index)
    }
    var hints: [String] = []
    var caseChanged = false
    for certificate in certificates {
      if !certificate.isHex32 {
        hints.append(
          "the certificate from \(certificate.origin) is not 32 hexadecimal characters (it has \(certificate.secret.count) characters\(certificate.secret.count == 32 ? ", not all of them hexadecimal digits" : "")); copy the App Certificate again from the console"
        )
      }
      let variants = caseVariants(certificate.secret)
      if variants.contains(where: { $0 != certificate.secret && isValid($0) }) {
        caseChanged = true
        hints.append(
          "the token verifies with the certificate from \(certificate.origin) in another letter case: the certificate is used as text, so its case must match what the token server uses"
        )
      }
    }
    if hints.isEmpty {
      hints.append(noneReproduces(count: certificates.count))
    }
    return SignatureCheck(status: .invalid, hints: hints, verifiesWithCaseChanged: caseChanged)
  }

  /// The hint for a signature that none of `count` certificates reproduces, for example "none of
  /// the 2 certificates given reproduces it: ...". ``AccessToken006Verifier`` drops it when a
  /// variant explains the mismatch (it starts with ``noneReproducesPrefix``).
  public static func noneReproduces(count: Int) -> String {
    "\(noneReproducesPrefix)\(count) certificate\(count == 1 ? "" : "s") given reproduces it: the token was signed with another certificate (another project, or a rotated certificate), or its content was changed"
  }

  /// The start of ``noneReproduces(count:)``.
  public static let noneReproducesPrefix = "none of the "

  /// The certificate text lower-cased, upper-cased and with its case swapped, without repeats.
  public static func caseVariants(_ text: String) -> [String] {
    let swapped = String(
      text.map { character -> Character in
        let lower = Character(character.lowercased())
        return lower == character ? Character(character.uppercased()) : lower
      })
    var seen: [String] = []
    for variant in [text.lowercased(), text.uppercased(), swapped] where !seen.contains(variant) {
      seen.append(variant)
    }
    return seen
  }
}
