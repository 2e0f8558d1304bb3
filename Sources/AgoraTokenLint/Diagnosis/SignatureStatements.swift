import AgoraToken

/// Statements about which certificate signed the token, and about credentials from Agora's
/// sample code.
///
/// Source: `AccessToken.verify_signature` in `python3/src/AccessToken2.py` and `AccessToken.build`
/// in `python3/src/AccessToken.py` (the certificate text is the HMAC key, so its letter case
/// matters); the sample App ID and certificate of `python3/test/test_AccessToken2.py`
/// (``SampleCredentials``).
enum SignatureStatements {
  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    certificates(facts) + samples(facts) + origin(facts)
  }

  /// The verdict for the token: the inspection's, or for a 006 token whose check with the join
  /// identity did not succeed, the check with what the token server says it built the token for.
  static func verdict(_ facts: DiagnosisFacts) -> SignatureCheck {
    guard facts.signature.status != .valid, let token = facts.token006,
      !facts.context.certificates.isEmpty, let identity = builtForIdentity(facts)
    else { return facts.signature }
    let check = TokenVerifier.verify(
      .accessToken006(token), certificates: facts.context.certificates, identity: identity)
    return check.status == .notChecked ? facts.signature : check
  }

  /// The identity the token server says it built the token for, filled up with the join's values.
  static func builtForIdentity(_ facts: DiagnosisFacts) -> ClientIdentity? {
    let built = facts.context.builtFor
    guard built.channel != nil || built.uid != nil || built.account != nil || built.rtmUserID != nil
    else { return nil }
    var identity = ClientIdentity(channel: built.channel ?? facts.context.identity.channel)
    if let uid = built.uid {
      identity.uid = uid
    } else if let account = built.account ?? built.rtmUserID {
      identity.account = account
    } else {
      identity.uid = facts.context.identity.uid
      identity.account = facts.context.identity.account
    }
    return identity
  }

  static func certificates(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard facts.token != nil else { return [] }
    let check = verdict(facts)
    var result: [Diagnosis] = []
    let certificates = facts.context.certificates
    if check.status == .valid, let index = check.matchedIndex, index > 0 {
      let primary = certificates.first.map { " (\($0.origin))" } ?? ""
      let matched = check.matchedOrigin.map { " (\($0))" } ?? ""
      result.append(
        Diagnosis(
          "signed_with_secondary_certificate",
          "the signature fails with the primary certificate\(primary) but verifies with the secondary certificate\(matched): the token is genuine; the token server signs with the secondary certificate",
          field: "/signature_hex"))
    }
    if check.status == .invalid && check.verifiesWithCaseChanged {
      result.append(
        Diagnosis(
          "certificate_letter_case_differs",
          "the signature fails with the certificate as given but verifies with the same certificate in another letter case: 006/007 use the certificate text as the HMAC key, so use it exactly as the console shows it\(facts.lintNote("certificate_case_mismatch"))",
          field: "/signature_hex"))
    }
    return result
  }

  static func samples(_ facts: DiagnosisFacts) -> [Diagnosis] {
    var result: [Diagnosis] = []
    let appIDs = [facts.token?.appID, facts.context.identity.appID].compactMap { $0 }
    if appIDs.contains(where: { $0.lowercased() == SampleCredentials.appID }) {
      result.append(
        Diagnosis(
          "app_id_is_sample_placeholder",
          "the App ID is \(SampleCredentials.appID), the placeholder from Agora's sample code, not a real project: use your project's App ID from the console",
          field: facts.token == nil ? nil : "/app_id"))
    }
    if signsWithSample(facts) {
      result.append(
        Diagnosis(
          "signature_valid_with_sample_certificate",
          "the signature verifies with the App Certificate published in Agora's sample code: sample credentials were used; build tokens with your project's own certificate",
          field: "/signature_hex"))
    }
    return result
  }

  static func signsWithSample(_ facts: DiagnosisFacts) -> Bool {
    let secrets = SampleCredentials.certificates
    if let token = facts.token2 {
      // A 007 signature that verified with one of the user's certificates says which one signed
      // it: no need for the two recomputations (six HMACs, a fifth of a lint run's time).
      if facts.signature.status == .valid, let index = facts.signature.matchedIndex,
        facts.context.certificates.indices.contains(index),
        facts.context.certificates[index].origin == facts.signature.matchedOrigin
      {
        return secrets.contains(facts.context.certificates[index].secret)
      }
      return secrets.contains { AccessToken2Signer.isValid(token, certificate: $0) }
    }
    guard let token = facts.token006 else { return false }
    let certificates = secrets.map { AppCertificate(secret: $0, origin: "Agora sample code") }
    let identities = [facts.context.identity, builtForIdentity(facts)].compactMap { $0 }
    return identities.contains { identity in
      TokenVerifier.verify(.accessToken006(token), certificates: certificates, identity: identity)
        .status == .valid
    }
  }

  static func origin(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard facts.context.builtOnClient else { return [] }
    return [
      Diagnosis(
        "token_built_on_client",
        "the token was built inside the client app, so the App Certificate ships with the app: anyone can extract it and build tokens; build tokens on a server and rotate the certificate"
      )
    ]
  }
}
