import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// The builders reproduce every python3-built vector byte for byte, and rebuild every other vector
/// to the same decoded content.
@Suite("Build: byte-exact over the vectors")
struct BuildVectorTests {
  static let vectors = Fixtures.cases("tokens-007.json").map(FixtureCase.init)
  static let python3 = vectors.filter { BuildVector($0).isPython3 }
  static let others = vectors.filter { !BuildVector($0).isPython3 }

  @Test("the python3-built vectors are present")
  func python3VectorsLoad() {
    #expect(Self.python3.count >= 30)
  }

  @Test("python3-built vectors: the same inputs give the same token string", arguments: python3)
  func byteExact(_ vector: FixtureCase) throws {
    let built = try Self.build(BuildVector(vector))
    #expect(built == vector.string("token"))
  }

  @Test(
    "other vectors: rebuilt from their decoded fields, they decode to the same content",
    arguments: others.filter { $0.string("app_certificate") != nil })
  func rebuildsContent(_ vector: FixtureCase) throws {
    let certificate = try #require(vector.string("app_certificate"))
    let original = try buildDecode(try #require(vector.string("token")))
    var services = original.services
    if let unknown = original.unparsedService {
      services = try BuildServiceRecovery.services(
        known: original.services, unknownType: unknown.type, unparsed: unknown.bytes,
        declaredCount: Int(original.serviceCount))
    }
    var options = BuildOptions.reference(issueTs: original.issueTs, salt: original.salt)
    options.serviceOrder = .asGiven
    let rebuilt = try AccessToken2Builder(
      appID: original.appID, certificate: certificate, expire: original.expire,
      services: services, options: options
    ).build()
    let decoded = try buildDecode(rebuilt)
    #expect(BuildComparable(decoded) == BuildComparable(original))
    #expect(decoded.unparsedService == original.unparsedService)
    #expect(AccessToken2Signer.isValid(decoded, certificate: certificate))
    if decoded.signingInfo == original.signingInfo {
      #expect(decoded.signature == original.signature)
    }
  }

  @Test(
    "vectors without a certificate are not rebuilt: nothing could sign them",
    arguments: others.filter { $0.string("app_certificate") == nil })
  func skipsWithoutCertificate(_ vector: FixtureCase) throws {
    // The token still decodes; only the re-signing step is impossible without its certificate.
    let original = try buildDecode(try #require(vector.string("token")))
    #expect(!original.services.isEmpty)
  }

  @Test("agtoken's own checks refuse the vectors that only the reference accepts")
  func ownChecksRefuseLongAndAbsolute() throws {
    var refused = 0
    for vector in Self.python3 {
      let inputs = BuildVector(vector)
      let values =
        [inputs.expire]
        + inputs.services.flatMap { service in
          (service["privileges"] as? [String: Int] ?? [:]).values.compactMap(UInt32.init(exactly:))
        }
      let absolute = values.contains { $0 >= BuildOptions.absoluteThreshold }
      let long = values.contains { $0 > BuildOptions.maximumLifetime }
      guard absolute || long else { continue }
      var standard = inputs.options
      standard.allowsLongLifetime = false
      standard.allowsAbsoluteLookingValues = false
      do {
        _ = try Self.build(inputs, options: standard)
        Issue.record("\(vector.id) built without --allow-* although a value is \(values)")
      } catch let error as BuildError {
        #expect(error.kind == (absolute ? .valueLooksAbsolute : .lifetimeOver24h))
        refused += 1
      }
    }
    #expect(refused >= 1)
  }

  /// Calls the builder that `built_with` names, with the vector's inputs.
  static func build(_ v: BuildVector, options: BuildOptions? = nil) throws -> String {
    let options = options ?? v.options
    let cert = v.certificate
    let channel = v.string("channel_name") ?? ""
    switch v.function {
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_uid"
    where v.inputs["uid"] is String:
      // The reference packs str(uid) for anything but the integer 0, as for an account.
      return try RtcTokenBuilder2.buildTokenWithUserAccount(
        appID: v.appID, appCertificate: cert, channelName: channel,
        account: v.string("uid") ?? "", role: v.role, tokenExpire: v.expire,
        privilegeExpire: v.number("privilege_expire") ?? v.privilege(1, 1) ?? 0, options: options)
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_uid":
      return try RtcTokenBuilder2.buildTokenWithUID(
        appID: v.appID, appCertificate: cert, channelName: channel,
        uid: v.inputs["uid"] as? Int ?? 0, role: v.role, tokenExpire: v.expire,
        privilegeExpire: v.number("privilege_expire") ?? v.privilege(1, 1) ?? 0, options: options)
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_user_account":
      return try RtcTokenBuilder2.buildTokenWithUserAccount(
        appID: v.appID, appCertificate: cert, channelName: channel,
        account: v.string("account") ?? "", role: v.role, tokenExpire: v.expire,
        privilegeExpire: v.number("privilege_expire") ?? v.privilege(1, 1) ?? 0, options: options)
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_uid_and_privilege":
      return try RtcTokenBuilder2.buildTokenWithUIDAndPrivilege(
        appID: v.appID, appCertificate: cert, channelName: channel,
        uid: v.inputs["uid"] as? Int ?? 0, tokenExpire: v.expire,
        joinChannelPrivilegeExpire: v.number("join_channel_privilege_expire") ?? 0,
        pubAudioPrivilegeExpire: v.number("pub_audio_privilege_expire") ?? 0,
        pubVideoPrivilegeExpire: v.number("pub_video_privilege_expire") ?? 0,
        pubDataStreamPrivilegeExpire: v.number("pub_data_stream_privilege_expire") ?? 0,
        options: options)
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_user_account_and_privilege":
      return try RtcTokenBuilder2.buildTokenWithUserAccountAndPrivilege(
        appID: v.appID, appCertificate: cert, channelName: channel,
        account: v.string("account") ?? "", tokenExpire: v.expire,
        joinChannelPrivilegeExpire: v.number("join_channel_privilege_expire") ?? 0,
        pubAudioPrivilegeExpire: v.number("pub_audio_privilege_expire") ?? 0,
        pubVideoPrivilegeExpire: v.number("pub_video_privilege_expire") ?? 0,
        pubDataStreamPrivilegeExpire: v.number("pub_data_stream_privilege_expire") ?? 0,
        options: options)
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_rtm":
      return try RtcTokenBuilder2.buildTokenWithRTM(
        appID: v.appID, appCertificate: cert, channelName: channel,
        account: v.string("account") ?? "", role: v.role, tokenExpire: v.expire,
        privilegeExpire: v.number("privilege_expire") ?? v.privilege(1, 1) ?? 0, options: options)
    case "RtcTokenBuilder2.RtcTokenBuilder.build_token_with_rtm2":
      return try RtcTokenBuilder2.buildTokenWithRTM2(
        appID: v.appID, appCertificate: cert, channelName: channel,
        rtcAccount: v.string("account") ?? "", rtcRole: v.role, rtcTokenExpire: v.expire,
        joinChannelPrivilegeExpire: v.privilege(1, 1) ?? 0,
        pubAudioPrivilegeExpire: v.privilege(1, 2) ?? 0,
        pubVideoPrivilegeExpire: v.privilege(1, 3) ?? 0,
        pubDataStreamPrivilegeExpire: v.privilege(1, 4) ?? 0,
        rtmUserID: v.string("rtm_user_id") ?? "", rtmTokenExpire: v.privilege(2, 1) ?? 0,
        options: options)
    case "RtmTokenBuilder2.RtmTokenBuilder.build_token":
      return try RtmTokenBuilder2.buildToken(
        appID: v.appID, appCertificate: cert, userID: v.string("user_id") ?? "",
        expire: v.expire, options: options)
    case "RtmTokenBuilder2.RtmTokenBuilder.build_token_with_permissions":
      return try RtmTokenBuilder2.buildTokenWithPermissions(
        appID: v.appID, appCertificate: cert, userID: v.string("user_id") ?? "",
        permissions: BuildServiceJSON.permissionList(v.inputs["permissions"]), expire: v.expire,
        options: options)
    case "ChatTokenBuilder2.ChatTokenBuilder.build_user_token":
      return try ChatTokenBuilder2.buildUserToken(
        appID: v.appID, appCertificate: cert, userID: v.string("user_id") ?? "",
        expire: v.expire, options: options)
    case "ChatTokenBuilder2.ChatTokenBuilder.build_app_token":
      return try ChatTokenBuilder2.buildAppToken(
        appID: v.appID, appCertificate: cert, expire: v.expire, options: options)
    case "fpa_token_builder.FpaTokenBuilder.build_token":
      return try FpaTokenBuilder.buildToken(appID: v.appID, appCertificate: cert, options: options)
    case "apaas_token_builder.ApaasTokenBuilder.build_room_user_token":
      let user = v.string("user_uuid") ?? ""
      if let md5 = v.string("chat_user_id_md5") {
        #expect(ApaasTokenBuilder.chatUserID(for: user) == md5)
      }
      return try ApaasTokenBuilder.buildRoomUserToken(
        appID: v.appID, appCertificate: cert, roomUUID: v.string("room_uuid") ?? "",
        userUUID: user, role: Int16(v.inputs["role"] as? Int ?? -1), expire: v.expire,
        options: options)
    case "apaas_token_builder.ApaasTokenBuilder.build_user_token":
      return try ApaasTokenBuilder.buildUserToken(
        appID: v.appID, appCertificate: cert, userUUID: v.string("user_uuid") ?? "",
        expire: v.expire, options: options)
    case "apaas_token_builder.ApaasTokenBuilder.build_app_token":
      return try ApaasTokenBuilder.buildAppToken(
        appID: v.appID, appCertificate: cert, expire: v.expire, options: options)
    case "AccessToken2.ServiceStreaming":
      return try StreamingTokenBuilder.buildToken(
        appID: v.appID, appCertificate: cert, channelName: channel, user: v.user("account"),
        expire: v.expire, publishMixStreamPrivilegeExpire: v.privilege(3, 1),
        publishRawStreamPrivilegeExpire: v.privilege(3, 2), options: options)
    case "AccessToken2.ServiceFCdn":
      return try FcdnTokenBuilder.buildToken(
        appID: v.appID, appCertificate: cert, channelName: channel, user: v.user("account"),
        expire: v.expire, publishPrivilegeExpire: v.privilege(6, 1),
        playPrivilegeExpire: v.privilege(6, 2), options: options)
    case "AccessToken2.AccessToken", "AccessToken2.ServiceRtc":
      return try buildGeneric(v, options: options)
    default:
      throw BuildTestFailure.unmapped(v.function)
    }
  }

  /// The generic `AccessToken` + `add_service` path, with the services given in reverse type
  /// order so that the builder's stable sort by type has work to do.
  static func buildGeneric(_ v: BuildVector, options: BuildOptions) throws -> String {
    var services = v.services.compactMap(BuildServiceJSON.service)
    if let unknown = v.services.first(where: { $0["unparsed"] != nil }),
      let type = (unknown["type"] as? Int).flatMap(UInt16.init(exactly:)),
      let hex = v.expected["unparsed_hex"] as? String
    {
      services = try BuildServiceRecovery.services(
        known: services, unknownType: type, unparsed: bytes(hex),
        declaredCount: Int(v.expectedNumber("service_count")))
    }
    var options = options
    let types = services.map(\.type.rawValue)
    if types == types.sorted() {
      // Descending by type, equal types in their original order: the stable sort restores it.
      services = services.enumerated()
        .sorted { ($1.element.type.rawValue, $0.offset) < ($0.element.type.rawValue, $1.offset) }
        .map(\.element)
    } else {
      options.serviceOrder = .asGiven
    }
    return try AccessToken2Builder(
      appID: v.appID, certificate: v.certificate, expire: v.expire, services: services,
      options: options
    ).build()
  }

  static func bytes(_ hex: String) -> [UInt8] {
    var result: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
      result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
      index = next
    }
    return result
  }
}
