/// Checks the signatures of the keys before AccessToken with the inputs each one needs.
///
/// Recipes from `shared/vectors/README.md` ("Legacy formats"): DynamicKey5 and DynamicKey4 sign the
/// channel and uid without storing them; DynamicKey3 and DynamicKey2 store the uid and sign the
/// channel; DynamicKey signs the channel only; a signaling token signs the account. DynamicKey4 also
/// signs a service code it does not store, so each known code is tried and the one that verified is
/// reported in ``SignatureCheck/serviceCode``.
public enum LegacyVerifier {
  /// Verifies `token` with `certificates`, taking the channel, uid or account from `identity`.
  /// - Returns: `not_checked` with a hint naming the missing options when an input is unknown.
  public static func verify(
    _ token: LegacyToken, certificates: [AppCertificate], identity: ClientIdentity
  ) -> SignatureCheck {
    let numericUID = identity.uid ?? identity.account.flatMap { UInt32($0) }
    switch token {
    case .dynamicKey5(let key):
      guard let channel = identity.channel, let uid = numericUID else {
        return needs(["--channel", "--uid"], token, identity)
      }
      var result = TokenVerifier.check(certificates) {
        LegacySigner.isValid(key, channel: channel, uid: uid, certificate: $0)
      }
      result.inputs = ["channel": channel, "uid": String(uid)]
      return result
    case .textKey(let key):
      guard let channel = identity.channel else {
        return needs(["--channel"] + (key.kind == .dk4 ? ["--uid"] : []), token, identity)
      }
      if key.kind != .dk4 {
        var result = TokenVerifier.check(certificates) {
          LegacySigner.isValid(key, channel: channel, uid: nil, certificate: $0)
        }
        result.inputs = ["channel": channel]
        return result
      }
      guard let uid = numericUID else { return needs(["--uid"], token, identity) }
      var first: SignatureCheck?
      for (code, service) in LegacySigner.dynamicKey4ServiceCodes {
        var result = TokenVerifier.check(certificates) {
          LegacySigner.isValid(key, channel: channel, uid: uid, serviceCode: code, certificate: $0)
        }
        result.inputs = ["channel": channel, "uid": String(uid)]
        if result.status == .valid {
          result.serviceCode = code
          result.hints = ["the key verifies with service code \(code) (\(service))"]
          return result
        }
        if first == nil { first = result }
      }
      var result = first ?? SignatureCheck(status: .invalid)
      result.hints.append(
        "tried every DynamicKey4 service code (ACS media channel, ARS recording, APSS public sharing)"
      )
      return result
    case .signaling(let signaling):
      guard let account = identity.account ?? identity.uid.map({ String($0) }) else {
        return needs(["--account"], token, identity)
      }
      var result = TokenVerifier.check(certificates) {
        LegacySigner.isValid(signaling, account: account, certificate: $0)
      }
      result.inputs = ["account": account]
      return result
    }
  }

  private static func needs(_ options: [String], _ token: LegacyToken, _ identity: ClientIdentity)
    -> SignatureCheck
  {
    .notChecked(
      "a \(token.formatName) key signs values it does not store: give \(options.joined(separator: " and ")) to check its signature"
    )
  }
}
