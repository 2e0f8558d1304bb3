import Crypto

/// Recomputes 006 signatures.
///
/// Source: `AccessToken.build` in `python3/src/AccessToken.py`:
/// `signature = HMAC-SHA256(key: certificate text, message: app_id + channel_name + uid_text + m)`,
/// where `uid_text` is `""` for the integer uid 0 and the decimal uid or the account otherwise.
public enum AccessToken006Signer {
  /// The signed bytes: `app_id + channel + uid + m`, all UTF-8.
  public static func signedBytes(_ token: AccessToken006, channel: String, uid: String) -> [UInt8] {
    Array(token.appID.utf8) + Array(channel.utf8) + Array(uid.utf8) + token.message
  }

  /// The 32-byte signature of `m` for an app id, channel and uid text, keyed with the certificate text.
  public static func sign(
    appID: String, channel: String, uid: String, message: [UInt8], certificate: String
  ) -> [UInt8] {
    Array(
      HMAC<SHA256>.authenticationCode(
        for: Array(appID.utf8) + Array(channel.utf8) + Array(uid.utf8) + message,
        using: SymmetricKey(data: Array(certificate.utf8))))
  }

  /// Whether the token's signature matches `certificate` for this channel and uid text, compared in
  /// constant time.
  public static func isValid(
    _ token: AccessToken006, channel: String, uid: String, certificate: String
  ) -> Bool {
    HMAC<SHA256>.isValidAuthenticationCode(
      token.signature, authenticating: signedBytes(token, channel: channel, uid: uid),
      using: SymmetricKey(data: Array(certificate.utf8)))
  }
}
