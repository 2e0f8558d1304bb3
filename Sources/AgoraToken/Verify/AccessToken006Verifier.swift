/// Checks 006 signatures with the channel and uid the client gives.
///
/// Source: `AccessToken.build` in `python3/src/AccessToken.py`. The token stores only CRC-32s of the
/// channel and uid, so the HMAC needs both as inputs; when it fails, the CRCs say which input is wrong,
/// and a case/whitespace variant of the channel (or the uid texts `""` and `"0"`) that matches the
/// CRCs is tried, so the report can say "verifies with channel 'room1'".
public enum AccessToken006Verifier {
  /// Verifies `token` with `certificates`, taking the channel and uid slots from `identity`
  /// (``AccessToken006Slots``).
  /// - Returns: `not_checked` with a hint naming the missing options when a slot is unknown.
  public static func verify(
    _ token: AccessToken006, certificates: [AppCertificate], identity: ClientIdentity
  ) -> SignatureCheck {
    let slots = AccessToken006Slots.resolve(token, identity: identity)
    guard let channel = slots.channel, let uid = slots.uid else {
      var hint =
        "a 006 token stores only CRC-32s of the channel and uid, so checking its signature needs \(slots.missingOptions.joined(separator: " and "))"
      if token.hasRTMLogin {
        hint += "; for this RTM token give the RTM user id with --account (or --channel)"
      }
      return .notChecked(hint)
    }
    var result = TokenVerifier.check(certificates) {
      AccessToken006Signer.isValid(token, channel: channel, uid: uid, certificate: $0)
    }
    result.inputs = ["channel": channel, "uid": uid]
    guard result.status == .invalid else { return result }

    let channelMatches = Zlib.crc32(Array(channel.utf8)) == token.crcChannelName
    let uidMatches = Zlib.crc32(Array(uid.utf8)) == token.crcUID
    var explained: [String] = []
    if !channelMatches {
      explained.append(
        "the channel '\(channel)' does not match crc_channel_name, so no certificate can reproduce the signature with it"
      )
    }
    if !uidMatches {
      explained.append(
        "the uid text '\(uid)' does not match crc_uid, so no certificate can reproduce the signature with it"
      )
    }
    let channels =
      channelMatches
      ? [channel]
      : (NameVariants.variants(of: channel).map(\.value) + ["0"]).filter {
        Zlib.crc32(Array($0.utf8)) == token.crcChannelName
      }
    let uids = uidMatches ? [uid] : ["", "0"].filter { Zlib.crc32(Array($0.utf8)) == token.crcUID }
    search: for candidateChannel in channels {
      for candidateUID in uids where candidateChannel != channel || candidateUID != uid {
        for certificate in certificates
        where AccessToken006Signer.isValid(
          token, channel: candidateChannel, uid: candidateUID, certificate: certificate.secret)
        {
          let variant = "channel '\(candidateChannel)' and uid text '\(candidateUID)'"
          result.verifiesWithVariant = variant
          explained.append(
            "the signature verifies with \(variant) and the certificate from \(certificate.origin)")
          break search
        }
      }
    }
    if !explained.isEmpty {
      result.hints =
        explained + result.hints.filter { !$0.hasPrefix(TokenVerifier.noneReproducesPrefix) }
    }
    return result
  }
}
