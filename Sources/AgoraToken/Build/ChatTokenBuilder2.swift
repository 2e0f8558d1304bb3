/// Agora Chat tokens (service 5), with the semantics of Agora's `ChatTokenBuilder2`.
///
/// Source: `python3/src/ChatTokenBuilder2.py` (AgoraIO/Tools). `expire` is both the token lifetime
/// and the privilege's lifetime, seconds relative to issue_ts.
public enum ChatTokenBuilder2 {
  /// `build_user_token`: Chat privilege 1 (user) for `userID`.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildUserToken(
    appID: String, appCertificate: some AppCertificateConvertible, userID: String, expire: UInt32,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire,
      services: [userService(userID: userID, expire: expire)], options: options
    ).build()
  }

  /// `build_app_token`: Chat privilege 2 (app) with an empty user id. This is the app token that
  /// a Chat token server returns (`GET /chat/app/token` in Agora's Chat docs) and that Agora's
  /// Chat REST API exchanges for a Chat access token (`POST /{org_name}/{app_name}/token`).
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildAppToken(
    appID: String, appCertificate: some AppCertificateConvertible, expire: UInt32,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let chat = Service(
      type: .chat, privileges: [Privilege(id: 2, value: expire)], fields: .chat(userID: ""))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [chat], options: options
    ).build()
  }

  /// The Chat service (type 5) with the user privilege (1) for `userID`.
  public static func userService(userID: String, expire: UInt32) -> Service {
    Service(
      type: .chat, privileges: [Privilege(id: 1, value: expire)], fields: .chat(userID: userID))
  }
}
