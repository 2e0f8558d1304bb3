/// RTM tokens: RTM 1.x login (service 2) and RTM2 with resource permissions (service 8), with
/// the semantics of Agora's `RtmTokenBuilder2`.
///
/// Source: `python3/src/RtmTokenBuilder2.py` (AgoraIO/Tools). `expire` is both the token lifetime
/// and the login privilege's lifetime, in seconds relative to issue_ts.
public enum RtmTokenBuilder2 {
  /// `build_token`: RTM login (privilege 1) for `userID`.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildToken(
    appID: String, appCertificate: some AppCertificateConvertible, userID: String, expire: UInt32,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire,
      services: [service(userID: userID, expire: expire)], options: options
    ).build()
  }

  /// `build_token_with_permissions`: RTM2 login (privilege 1) for `userID` with resource permissions.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildTokenWithPermissions(
    appID: String, appCertificate: some AppCertificateConvertible, userID: String,
    permissions: RTM2Permissions, expire: UInt32, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let rtm2 = Service(
      type: .rtm2, privileges: [Privilege(id: 1, value: expire)],
      fields: .rtm2(userID: userID, permissions: permissions.entries))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [rtm2],
      options: options
    ).build()
  }

  /// The RTM service (type 2): login (privilege 1) for `userID` with lifetime `expire`.
  public static func service(userID: String, expire: UInt32) -> Service {
    Service(type: .rtm, privileges: [Privilege(id: 1, value: expire)], fields: .rtm(userID: userID))
  }
}
