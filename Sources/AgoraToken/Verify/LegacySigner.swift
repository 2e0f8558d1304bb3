import Crypto

/// Recomputes the signatures of the keys before AccessToken.
///
/// Sources: `python3/src/DynamicKey5.py` (`generateSignature`), `DynamicKey4.py`, `DynamicKey3.py`,
/// `DynamicKey2.py`, `DynamicKey.py`, `SignalingToken.py`; recipes in `shared/vectors/README.md`
/// ("Legacy formats"). HMAC-SHA1 keys are the certificate text, except DynamicKey5, which
/// hex-decodes it (so its letter case does not matter there).
public enum LegacySigner {
  /// DynamicKey4 service codes, in the order tried: media channel, recording, public sharing.
  public static let dynamicKey4ServiceCodes: [(code: String, service: String)] = [
    ("ACS", "media_channel"), ("ARS", "recording"), ("APSS", "public_sharing"),
  ]

  /// Whether a DynamicKey5 verifies for `channel` and `uid` with `certificate` (32 hex characters).
  public static func isValid(
    _ key: DynamicKey5, channel: String, uid: UInt32, certificate: String
  ) -> Bool {
    guard let secret = Hex.decode(certificate), let signature = Hex.decode(key.signature) else {
      return false
    }
    var writer = ByteWriter()
    writer.write(key.serviceType)
    writer.write(UInt16(truncatingIfNeeded: key.appIDBytes.count))
    writer.writeRaw(key.appIDBytes)
    writer.write(key.unixTs)
    writer.write(key.salt)
    let channelBytes = Array(channel.utf8)
    writer.write(UInt16(truncatingIfNeeded: channelBytes.count))
    writer.writeRaw(channelBytes)
    writer.write(uid)
    writer.write(key.expiredTs)
    writer.write(UInt16(truncatingIfNeeded: key.extra.count))
    for entry in key.extra {
      writer.write(entry.key)
      let value = Array(entry.value.utf8)
      writer.write(UInt16(truncatingIfNeeded: value.count))
      writer.writeRaw(value)
    }
    return HMAC<Insecure.SHA1>.isValidAuthenticationCode(
      signature, authenticating: writer.bytes, using: SymmetricKey(data: secret))
  }

  /// Whether a text key verifies. DynamicKey4 also needs the uid and the service code it does not
  /// store; DynamicKey3 and DynamicKey2 store the uid; DynamicKey has none.
  public static func isValid(
    _ key: TextDynamicKey, channel: String, uid: UInt32?, serviceCode: String = "",
    certificate: String
  ) -> Bool {
    guard let signature = Hex.decode(key.signature) else { return false }
    let appID32 = String(repeating: "\u{0}", count: max(0, 32 - key.appID.utf8.count)) + key.appID
    var text = appID32 + padded(key.unixTs) + key.randomHex + channel
    switch key.kind {
    case .dk4:
      guard let uid else { return false }
      text = serviceCode + text + padded(uid) + padded(key.expiredTs ?? 0)
    case .dk3, .dk2:
      text += padded(key.uid ?? uid ?? 0) + padded(key.expiredTs ?? 0)
    case .dk1:
      break
    }
    return HMAC<Insecure.SHA1>.isValidAuthenticationCode(
      signature, authenticating: Array(text.utf8),
      using: SymmetricKey(data: Array(certificate.utf8)))
  }

  /// Whether a signaling token's MD5 matches `account` and `certificate`, compared in constant time.
  public static func isValid(_ token: SignalingToken, account: String, certificate: String) -> Bool
  {
    let text = account + token.appID + certificate + String(token.expiredTs)
    let digest = Array(Insecure.MD5.hash(data: Array(text.utf8)))
    guard let stored = Hex.decode(token.md5) else { return false }
    return constantTimeEqual(digest, stored)
  }

  /// The decimal number left-padded with zeros to 10 digits (`ts10`, `uid10`, `exp10`).
  static func padded(_ value: UInt32) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
  }
}

/// Compares two byte strings in time that depends only on their lengths.
public func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
  guard lhs.count == rhs.count else { return false }
  var difference: UInt8 = 0
  for index in 0..<lhs.count { difference |= lhs[index] ^ rhs[index] }
  return difference == 0
}
