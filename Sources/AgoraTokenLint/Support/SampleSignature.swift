import AgoraToken

/// Whether a token's signature verifies with the App Certificate from Agora's sample code, in
/// either letter case: the fact behind AT404 `sample_credentials` and the statement
/// `signature_valid_with_sample_certificate`.
///
/// It costs three HMACs per spelling for 007, more than all the lint rules together, so the
/// pipeline works it out once per input (``Inspection/signsWithSampleCertificate``) and skips it
/// when one of the user's certificates verified the token, since that says which one signed it.
///
/// Source: the sample certificate of AgoraIO/Tools `python3/test/test_AccessToken2.py`.
enum SampleSignature {
  /// The fact for `inspection`, with the user's `certificates` and the identities a 006 token may
  /// have been signed for (the join's and the built-for one).
  static func signs(
    _ inspection: Inspection, certificates: [AppCertificate], identities: [ClientIdentity]
  ) -> Bool {
    let decoded = inspection.decoded ?? inspection.afterFix?.decoded
    let signature =
      inspection.decoded == nil ? inspection.afterFix?.signature : inspection.signature
    let secrets = SampleCredentials.certificates
    if let signature, signature.status == .valid, let index = signature.matchedIndex,
      certificates.indices.contains(index), certificates[index].origin == signature.matchedOrigin
    {
      return secrets.contains(certificates[index].secret)
    }
    switch decoded?.token {
    case .accessToken2(let token):
      return secrets.contains { AccessToken2Signer.isValid(token, certificate: $0) }
    case .accessToken006(let token):
      let samples = secrets.map { AppCertificate(secret: $0, origin: "Agora sample code") }
      return identities.contains { identity in
        TokenVerifier.verify(.accessToken006(token), certificates: samples, identity: identity)
          .status == .valid
      }
    default:
      return false
    }
  }

  /// The stored fact, or the fact worked out now for callers that lint or diagnose outside the
  /// pipeline.
  static func fact(
    _ inspection: Inspection, certificates: [AppCertificate], identities: [ClientIdentity]
  ) -> Bool {
    inspection.signsWithSampleCertificate
      ?? signs(inspection, certificates: certificates, identities: identities)
  }
}
