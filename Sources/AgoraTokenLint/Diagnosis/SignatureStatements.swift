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

  static func certificates(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard facts.token != nil else { return [] }
    let check = facts.signature
    var result: [Diagnosis] = []
    let certificates = facts.context.certificates
    if check.status == .valid, let index = check.matchedIndex, index > 0 {
      let primary = certificates.first.map { " (\($0.origin))" } ?? ""
      let matched = check.matchedOrigin.map { " (\($0))" } ?? ""
      result.append(
        Diagnosis(
          "signed_with_secondary_certificate",
          "the signature fails with the primary certificate\(primary) but verifies with the secondary certificate\(matched): the token is genuine; the token server signs with the secondary certificate",
          field: .token(.signature)))
    }
    if check.status == .invalid && check.verifiesWithCaseChanged {
      result.append(
        Diagnosis(
          "certificate_letter_case_differs",
          "the signature fails with the certificate as given but verifies with the same certificate in another letter case: 006/007 use the certificate text as the HMAC key, so use it exactly as the console shows it\(facts.lintNote("certificate_case_mismatch"))",
          field: .token(.signature)))
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
          field: facts.token == nil ? nil : .token(.appID)))
    }
    if signsWithSample(facts) {
      result.append(
        Diagnosis(
          "signature_valid_with_sample_certificate",
          "the signature verifies with the App Certificate published in Agora's sample code: sample credentials were used; build tokens with your project's own certificate",
          field: .token(.signature)))
    }
    return result
  }

  static func signsWithSample(_ facts: DiagnosisFacts) -> Bool {
    SampleSignature.fact(
      facts.inspection, certificates: facts.context.certificates,
      identities: [facts.context.identity, facts.context.signingIdentity].compactMap { $0 })
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
