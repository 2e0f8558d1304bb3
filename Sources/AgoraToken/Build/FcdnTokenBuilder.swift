/// Fusion CDN (FCDN) tokens, service 6.
///
/// The reference has no builder function for FCDN; this one packs `ServiceFCdn` from
/// `python3/src/AccessToken2.py` (channel name, then the account, where a numeric uid 0 packs as
/// `""`) with the privileges asked for: 1 publish, 2 play.
public enum FcdnTokenBuilder {
  /// A token with one FCDN service. A `nil` privilege lifetime leaves that privilege out.
  /// Lifetimes are seconds relative to issue_ts; 0 lasts as long as the token.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildToken(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    user: TokenUser, expire: UInt32, publishPrivilegeExpire: UInt32?,
    playPrivilegeExpire: UInt32?, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let fcdn = Service(
      type: .fcdn,
      privileges: .optional(first: publishPrivilegeExpire, second: playPrivilegeExpire),
      fields: .fcdn(channelName: channelName, account: user.packed))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [fcdn],
      options: options
    ).build()
  }
}
