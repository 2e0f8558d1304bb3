/// An RTC role, as `RtcTokenBuilder2` defines it.
///
/// Source: `Role_Publisher = 1`, `Role_Subscriber = 2` in `python3/src/RtcTokenBuilder2.py`.
public enum RtcRole: Int, Sendable, CaseIterable {
  /// A host: joinChannel plus publishAudioStream, publishVideoStream and publishDataStream (1–4).
  case publisher = 1
  /// An audience member: joinChannel (1) only. Takes effect only where co-host authentication is enabled.
  case subscriber = 2
}

/// The four RTC privilege lifetimes, seconds relative to issue_ts (0 = as long as the token).
public struct RtcPrivilegeExpiries: Sendable, Equatable {
  /// joinChannel (1).
  public var joinChannel: UInt32
  /// publishAudioStream (2).
  public var publishAudioStream: UInt32
  /// publishVideoStream (3).
  public var publishVideoStream: UInt32
  /// publishDataStream (4).
  public var publishDataStream: UInt32

  /// Creates the four lifetimes.
  public init(
    joinChannel: UInt32, publishAudioStream: UInt32, publishVideoStream: UInt32,
    publishDataStream: UInt32
  ) {
    self.joinChannel = joinChannel
    self.publishAudioStream = publishAudioStream
    self.publishVideoStream = publishVideoStream
    self.publishDataStream = publishDataStream
  }

  /// The same lifetime for all four privileges.
  public static func all(_ value: UInt32) -> RtcPrivilegeExpiries {
    RtcPrivilegeExpiries(
      joinChannel: value, publishAudioStream: value, publishVideoStream: value,
      publishDataStream: value)
  }

  /// The privileges a role receives: 1–4 for a publisher, 1 only for a subscriber.
  public func privileges(for role: RtcRole) -> [Privilege] {
    var result = [Privilege(id: 1, value: joinChannel)]
    if role == .publisher {
      result += [
        Privilege(id: 2, value: publishAudioStream), Privilege(id: 3, value: publishVideoStream),
        Privilege(id: 4, value: publishDataStream),
      ]
    }
    return result
  }
}

/// RTC tokens (service 1), optionally with RTM (service 2), with the semantics of Agora's
/// `RtcTokenBuilder2`.
///
/// Source: `python3/src/RtcTokenBuilder2.py` (AgoraIO/Tools). Every expiry is in seconds relative
/// to issue_ts; a privilege value of 0 lasts as long as the token. Every function throws
/// ``BuildError`` for a bad app id or certificate, and for agtoken's own checks (uid range,
/// lifetimes over 86,400 s, values that look like Unix times) unless ``BuildOptions`` relaxes them.
public enum RtcTokenBuilder2 {
  /// `build_token_with_uid`: RTC for a numeric uid (0 packs as `""`, any uid may join).
  /// Publisher gets privileges 1–4, subscriber 1, all with `privilegeExpire`.
  /// - Throws: ``BuildError`` (`uid_out_of_range` for a uid outside 0...4294967295, and the
  ///   errors of ``AccessToken2Builder/build()``).
  public static func buildTokenWithUID(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    uid: some BinaryInteger, role: RtcRole, tokenExpire: UInt32, privilegeExpire: UInt32 = 0,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    try buildToken(
      appID: appID, appCertificate: appCertificate, channelName: channelName,
      user: try TokenUser.checkedUID(uid),
      privileges: RtcPrivilegeExpiries.all(privilegeExpire).privileges(for: role),
      tokenExpire: tokenExpire, options: options)
  }

  /// `build_token_with_user_account`: RTC for a string account. Privileges as
  /// ``buildTokenWithUID(appID:appCertificate:channelName:uid:role:tokenExpire:privilegeExpire:options:)``.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildTokenWithUserAccount(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    account: String, role: RtcRole, tokenExpire: UInt32, privilegeExpire: UInt32 = 0,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    try buildToken(
      appID: appID, appCertificate: appCertificate, channelName: channelName,
      user: .account(account),
      privileges: RtcPrivilegeExpiries.all(privilegeExpire).privileges(for: role),
      tokenExpire: tokenExpire, options: options)
  }

  /// `build_token_with_uid_and_privilege`: RTC for a numeric uid with each of privileges 1–4
  /// set separately (always all four, whatever the role).
  /// - Throws: ``BuildError`` (`uid_out_of_range`, and the errors of ``AccessToken2Builder/build()``).
  public static func buildTokenWithUIDAndPrivilege(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    uid: some BinaryInteger, tokenExpire: UInt32, joinChannelPrivilegeExpire: UInt32,
    pubAudioPrivilegeExpire: UInt32, pubVideoPrivilegeExpire: UInt32,
    pubDataStreamPrivilegeExpire: UInt32, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let expiries = RtcPrivilegeExpiries(
      joinChannel: joinChannelPrivilegeExpire, publishAudioStream: pubAudioPrivilegeExpire,
      publishVideoStream: pubVideoPrivilegeExpire, publishDataStream: pubDataStreamPrivilegeExpire)
    return try buildToken(
      appID: appID, appCertificate: appCertificate, channelName: channelName,
      user: try TokenUser.checkedUID(uid), privileges: expiries.privileges(for: .publisher),
      tokenExpire: tokenExpire, options: options)
  }

  /// `build_token_with_user_account_and_privilege`: as
  /// ``buildTokenWithUIDAndPrivilege(appID:appCertificate:channelName:uid:tokenExpire:joinChannelPrivilegeExpire:pubAudioPrivilegeExpire:pubVideoPrivilegeExpire:pubDataStreamPrivilegeExpire:options:)``
  /// for a string account.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildTokenWithUserAccountAndPrivilege(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    account: String, tokenExpire: UInt32, joinChannelPrivilegeExpire: UInt32,
    pubAudioPrivilegeExpire: UInt32, pubVideoPrivilegeExpire: UInt32,
    pubDataStreamPrivilegeExpire: UInt32, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let expiries = RtcPrivilegeExpiries(
      joinChannel: joinChannelPrivilegeExpire, publishAudioStream: pubAudioPrivilegeExpire,
      publishVideoStream: pubVideoPrivilegeExpire, publishDataStream: pubDataStreamPrivilegeExpire)
    return try buildToken(
      appID: appID, appCertificate: appCertificate, channelName: channelName,
      user: .account(account), privileges: expiries.privileges(for: .publisher),
      tokenExpire: tokenExpire, options: options)
  }

  /// `build_token_with_rtm`: RTC for `account` (privileges by role with `privilegeExpire`) plus
  /// RTM login for the same account with `tokenExpire`.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildTokenWithRTM(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    account: String, role: RtcRole, tokenExpire: UInt32, privilegeExpire: UInt32 = 0,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    var builder = AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: tokenExpire, options: options)
    builder.add(
      service(
        channelName: channelName, user: .account(account),
        privileges: RtcPrivilegeExpiries.all(privilegeExpire).privileges(for: role)))
    builder.add(RtmTokenBuilder2.service(userID: account, expire: tokenExpire))
    return try builder.build()
  }

  /// `build_token_with_rtm2`: RTC for `rtcAccount` with per-privilege lifetimes (the publish
  /// privileges only for a publisher) plus RTM login for a separate `rtmUserID` with its own
  /// lifetime. The token's expire is `rtcTokenExpire`.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildTokenWithRTM2(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    rtcAccount: String, rtcRole: RtcRole, rtcTokenExpire: UInt32,
    joinChannelPrivilegeExpire: UInt32, pubAudioPrivilegeExpire: UInt32,
    pubVideoPrivilegeExpire: UInt32, pubDataStreamPrivilegeExpire: UInt32, rtmUserID: String,
    rtmTokenExpire: UInt32, options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let expiries = RtcPrivilegeExpiries(
      joinChannel: joinChannelPrivilegeExpire, publishAudioStream: pubAudioPrivilegeExpire,
      publishVideoStream: pubVideoPrivilegeExpire, publishDataStream: pubDataStreamPrivilegeExpire)
    var builder = AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: rtcTokenExpire, options: options)
    builder.add(
      service(
        channelName: channelName, user: .account(rtcAccount),
        privileges: expiries.privileges(for: rtcRole)))
    builder.add(RtmTokenBuilder2.service(userID: rtmUserID, expire: rtmTokenExpire))
    return try builder.build()
  }

  /// The RTC service (type 1) for a channel and user with the given privileges.
  public static func service(channelName: String, user: TokenUser, privileges: [Privilege])
    -> Service
  {
    Service(
      type: .rtc, privileges: privileges, fields: .rtc(channelName: channelName, uid: user.packed))
  }

  /// RTC for a uid or an account with the given privileges: what the four `build_token_with_*`
  /// functions above come down to, for callers that hold a ``TokenUser`` (a uid or an account
  /// chosen at run time). Privilege values are seconds relative to issue_ts (0 = as long as the
  /// token); ``RtcPrivilegeExpiries/privileges(for:)`` gives a role's set.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildToken(
    appID: String, appCertificate: some AppCertificateConvertible, channelName: String,
    user: TokenUser, privileges: [Privilege], tokenExpire: UInt32,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: tokenExpire,
      services: [service(channelName: channelName, user: user, privileges: privileges)],
      options: options
    ).build()
  }
}
