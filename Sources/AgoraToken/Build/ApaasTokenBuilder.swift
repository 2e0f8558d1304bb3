import Crypto

/// Flexible Classroom (APaaS) tokens, service 7, with the semantics of Agora's `ApaasTokenBuilder`.
///
/// Source: `python3/src/apaas_token_builder.py` (AgoraIO/Tools). `expire` is both the token
/// lifetime and every privilege's lifetime, seconds relative to issue_ts.
public enum ApaasTokenBuilder {
  /// `build_room_user_token`: APaaS roomUser (privilege 1) for the room, user and role, plus RTM
  /// login for `userUUID`, plus Chat user for the MD5 hex of `userUUID` (``chatUserID(for:)``).
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildRoomUserToken(
    appID: String, appCertificate: some AppCertificateConvertible, roomUUID: String,
    userUUID: String, role: Int16, expire: UInt32, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let apaas = Service(
      type: .apaas, privileges: [Privilege(id: 1, value: expire)],
      fields: .apaas(roomUUID: roomUUID, userUUID: userUUID, role: role))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire,
      services: [
        apaas, RtmTokenBuilder2.service(userID: userUUID, expire: expire),
        ChatTokenBuilder2.userService(userID: chatUserID(for: userUUID), expire: expire),
      ],
      options: options
    ).build()
  }

  /// `build_user_token`: APaaS user (privilege 2) for `userUUID`, empty room, role -1.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildUserToken(
    appID: String, appCertificate: some AppCertificateConvertible, userUUID: String,
    expire: UInt32, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let apaas = Service(
      type: .apaas, privileges: [Privilege(id: 2, value: expire)],
      fields: .apaas(roomUUID: "", userUUID: userUUID, role: -1))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [apaas],
      options: options
    ).build()
  }

  /// `build_app_token`: APaaS app (privilege 3), empty room and user, role -1.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildAppToken(
    appID: String, appCertificate: some AppCertificateConvertible, expire: UInt32,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let apaas = Service(
      type: .apaas, privileges: [Privilege(id: 3, value: expire)],
      fields: .apaas(roomUUID: "", userUUID: "", role: -1))
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [apaas],
      options: options
    ).build()
  }

  /// The Chat user id of an APaaS user: the lower-case MD5 hex of the UTF-8 `userUUID`
  /// (`get_md5` in `python3/src/utils.py`).
  public static func chatUserID(for userUUID: String) -> String {
    Hex.encode(Insecure.MD5.hash(data: Array(userUUID.utf8)))
  }
}
