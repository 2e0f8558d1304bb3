/// Media Streaming tokens, service 3.
///
/// The reference has no builder function for Streaming; this one packs `ServiceStreaming` from
/// `python3/src/AccessToken2.py` (channel name, then the account, where a numeric uid 0 packs as
/// `""`) with the privileges asked for: 1 publishMixStream, 2 publishRawStream.
public enum StreamingTokenBuilder {
  /// A token with one Streaming service. A `nil` privilege lifetime leaves that privilege out.
  /// Lifetimes are seconds relative to issue_ts; 0 lasts as long as the token.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildToken(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    user: TokenUser, expire: UInt32, publishMixStreamPrivilegeExpire: UInt32?,
    publishRawStreamPrivilegeExpire: UInt32?, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let streaming = Service(
      type: .streaming,
      privileges: .optional(
        first: publishMixStreamPrivilegeExpire, second: publishRawStreamPrivilegeExpire),
      fields: .streaming(channelName: channelName, account: user.packed))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [streaming],
      options: options
    ).build()
  }
}
