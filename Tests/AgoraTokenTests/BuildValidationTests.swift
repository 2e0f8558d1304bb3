import AgoraToken
import Foundation
import Testing

/// The reference's build checks, agtoken's own checks, and the builder conventions.
@Suite("Build: validation and conventions")
struct BuildValidationTests {
  static let appID = "0123456789abcdef0123456789abcdef"
  static let certificate = "fedcba9876543210fedcba9876543210"
  static let fixed = BuildOptions(issueTs: 1_700_000_000, salt: 42)

  static func chat(_ user: String = "u") -> Service {
    ChatTokenBuilder2.userService(userID: user, expire: 600)
  }

  /// The kind of the ``BuildError`` that `body` throws, or `nil` when it builds.
  func kind(_ body: () throws -> String) -> BuildError.Kind? {
    do {
      _ = try body()
      return nil
    } catch let error as BuildError {
      return error.kind
    } catch {
      return BuildError.Kind(rawValue: "unexpected: \(error)")
    }
  }

  @Test(
    "app_id must be 32 hex characters",
    arguments: ["", "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdeg", "x"])
  func badAppID(_ appID: String) {
    #expect(
      kind {
        try ChatTokenBuilder2.buildAppToken(
          appID: appID, appCertificate: Self.certificate, expire: 600, options: Self.fixed)
      } == .badAppID)
  }

  @Test("the certificate must be 32 hex characters, and errors never show it")
  func badCertificate() {
    let secret = "fedcba9876543210fedcba987654321Z"
    do {
      _ = try ChatTokenBuilder2.buildAppToken(
        appID: Self.appID, appCertificate: secret, expire: 600, options: Self.fixed)
      Issue.record("built with a bad certificate")
    } catch {
      #expect(error.kind == .badCertificate)
      #expect(!error.message.contains(secret))
      #expect(!error.description.contains(secret))
      #expect(error.message.contains("character 32"))
    }
  }

  @Test("upper-case app ids and certificates are accepted and used as given")
  func upperCase() throws {
    let token = try ChatTokenBuilder2.buildAppToken(
      appID: Self.appID.uppercased(), appCertificate: Self.certificate.uppercased(), expire: 600,
      options: Self.fixed)
    let decoded = try buildDecode(token)
    #expect(decoded.appID == Self.appID.uppercased())
    #expect(AccessToken2Signer.isValid(decoded, certificate: Self.certificate.uppercased()))
    #expect(!AccessToken2Signer.isValid(decoded, certificate: Self.certificate))
  }

  @Test("a token needs at least one service")
  func noServices() {
    #expect(
      kind {
        try AccessToken2Builder(
          appID: Self.appID, certificate: Self.certificate, expire: 600, options: Self.fixed
        ).build()
      } == .noServices)
  }

  @Test("numeric uids must lie in 0...4294967295", arguments: [-1, 4_294_967_296, Int.min])
  func uidRange(_ uid: Int) {
    #expect(
      kind {
        try RtcTokenBuilder2.buildTokenWithUID(
          appID: Self.appID, appCertificate: Self.certificate, channelName: "c", uid: uid,
          role: .publisher, tokenExpire: 600, options: Self.fixed)
      } == .uidOutOfRange)
  }

  @Test("uid 0 packs as the empty string, other uids as decimal text")
  func uidPacking() throws {
    for (uid, packed) in [(0, ""), (1, "1"), (4_294_967_295, "4294967295")] {
      let token = try RtcTokenBuilder2.buildTokenWithUID(
        appID: Self.appID, appCertificate: Self.certificate, channelName: "c", uid: uid,
        role: .subscriber, tokenExpire: 600, privilegeExpire: 300, options: Self.fixed)
      let service = try #require(try buildDecode(token).services.first)
      #expect(service.fields == .rtc(channelName: "c", uid: packed))
      #expect(service.privileges == [Privilege(id: 1, value: 300)])
    }
    #expect(TokenUser.account("0").packed == "0")
  }

  @Test("lifetimes over 86400 s need allowsLongLifetime")
  func longLifetime() throws {
    let build = { (options: BuildOptions) throws(BuildError) -> String in
      try ChatTokenBuilder2.buildUserToken(
        appID: Self.appID, appCertificate: Self.certificate, userID: "u", expire: 86_401,
        options: options)
    }
    #expect(kind { try build(Self.fixed) } == .lifetimeOver24h)
    var allowed = Self.fixed
    allowed.allowsLongLifetime = true
    #expect(try buildDecode(try build(allowed)).expire == 86_401)
    #expect(
      kind {
        try ChatTokenBuilder2.buildUserToken(
          appID: Self.appID, appCertificate: Self.certificate, userID: "u", expire: 86_400,
          options: Self.fixed)
      } == nil)
  }

  @Test("privilege values that look like Unix times need allowsAbsoluteLookingValues")
  func absoluteLooking() throws {
    let build = { (options: BuildOptions) throws(BuildError) -> String in
      try RtcTokenBuilder2.buildTokenWithUID(
        appID: Self.appID, appCertificate: Self.certificate, channelName: "c", uid: 7,
        role: .publisher, tokenExpire: 3600, privilegeExpire: 1_700_000_000, options: options)
    }
    do {
      _ = try build(Self.fixed)
      Issue.record("built with an absolute-looking privilege value")
    } catch {
      #expect(error.kind == .valueLooksAbsolute)
      #expect(error.field == "service 1 (RTC) privilege 1 (joinChannel)")
    }
    var allowed = Self.fixed
    allowed.allowsAbsoluteLookingValues = true
    let decoded = try buildDecode(try build(allowed))
    #expect(decoded.services.first?.privilege(1) == 1_700_000_000)
    #expect(
      kind {
        try RtcTokenBuilder2.buildTokenWithUID(
          appID: Self.appID, appCertificate: Self.certificate, channelName: "c", uid: 7,
          role: .publisher, tokenExpire: 3600, privilegeExpire: 999_999_999, options: allowed)
      } == .lifetimeOver24h)
  }

  @Test("strings hold at most 65535 UTF-8 bytes")
  func stringLimit() throws {
    let longest = String(repeating: "a", count: 65_535)
    let token = try RtmTokenBuilder2.buildToken(
      appID: Self.appID, appCertificate: Self.certificate, userID: longest, expire: 600,
      options: Self.fixed)
    #expect(try buildDecode(token).services.first?.fields == .rtm(userID: longest))
    #expect(
      kind {
        try RtmTokenBuilder2.buildToken(
          appID: Self.appID, appCertificate: Self.certificate, userID: longest + "é",
          expire: 600, options: Self.fixed)
      } == .stringTooLong)
  }

  @Test("fields must belong to the service type; unknown types pack without fields")
  func fieldsMatchType() throws {
    let wrong = Service(type: .rtc, privileges: [], fields: .chat(userID: "u"))
    #expect(
      kind {
        try AccessToken2Builder(
          appID: Self.appID, certificate: Self.certificate, expire: 600, services: [wrong],
          options: Self.fixed
        ).build()
      } == .fieldsMismatch)
    let unknown = Service(
      type: ServiceType(rawValue: 999), privileges: [Privilege(id: 1, value: 5)], fields: .fpa)
    let token = try AccessToken2Builder(
      appID: Self.appID, certificate: Self.certificate, expire: 600,
      services: [unknown, Self.chat()], options: Self.fixed
    ).build()
    let decoded = try buildDecode(token)
    #expect(decoded.services == [Self.chat()])
    #expect(decoded.unparsedService?.type == 999)
    #expect(decoded.unparsedService?.bytes == [1, 0, 1, 0, 5, 0, 0, 0])
  }

  @Test("services are sorted by type, stably; privileges by id, the last value winning")
  func ordering() throws {
    let first = RtcTokenBuilder2.service(
      channelName: "a", user: .uid(1),
      privileges: [Privilege(id: 4, value: 40), Privilege(id: 1, value: 10)])
    let second = RtcTokenBuilder2.service(
      channelName: "b", user: .account("x"),
      privileges: [Privilege(id: 1, value: 1), Privilege(id: 1, value: 2)])
    let rtm = RtmTokenBuilder2.service(userID: "r", expire: 60)
    let token = try AccessToken2Builder(
      appID: Self.appID, certificate: Self.certificate, expire: 600,
      services: [Self.chat(), first, rtm, second], options: Self.fixed
    ).build()
    let decoded = try buildDecode(token)
    #expect(decoded.services.map(\.type) == [.rtc, .rtc, .rtm, .chat])
    #expect(decoded.services[0].privileges.map(\.id) == [1, 4])
    #expect(decoded.services[1].fields == .rtc(channelName: "b", uid: "x"))
    #expect(decoded.services[1].privileges == [Privilege(id: 1, value: 2)])
  }

  @Test("issue_ts comes from the injected clock and the salt from 1...99999999")
  func defaults() throws {
    let options = BuildOptions(clock: .fixed(1_800_000_000))
    var salts = Set<UInt32>()
    for _ in 0..<20 {
      let decoded = try buildDecode(
        try ChatTokenBuilder2.buildAppToken(
          appID: Self.appID, appCertificate: Self.certificate, expire: 600, options: options))
      #expect(decoded.issueTs == 1_800_000_000)
      #expect(BuildOptions.saltRange.contains(decoded.salt))
      salts.insert(decoded.salt)
    }
    #expect(salts.count > 1)
    #expect(
      kind {
        try ChatTokenBuilder2.buildAppToken(
          appID: Self.appID, appCertificate: Self.certificate, expire: 600,
          options: BuildOptions(clock: .fixed(UInt64(UInt32.max) + 1)))
      } == .clockOutOfRange)
  }

  @Test("the builder never prints its certificate")
  func redacted() {
    let builder = AccessToken2Builder(
      appID: Self.appID, certificate: Self.certificate, expire: 600, services: [Self.chat()])
    var dumped = ""
    dump(builder, to: &dumped)
    for text in [
      builder.description, builder.debugDescription, String(reflecting: builder), dumped,
    ] {
      #expect(!text.contains(Self.certificate))
    }
  }

  @Test("APaaS: room user token packs RTM and Chat with the MD5 of the user uuid")
  func apaasRoomUser() throws {
    #expect(ApaasTokenBuilder.chatUserID(for: "") == "d41d8cd98f00b204e9800998ecf8427e")
    let token = try ApaasTokenBuilder.buildRoomUserToken(
      appID: Self.appID, appCertificate: Self.certificate, roomUUID: "r", userUUID: "",
      role: 2, expire: 600, options: Self.fixed)
    let services = try buildDecode(token).services
    #expect(services.map(\.type) == [.rtm, .chat, .apaas])
    #expect(services[1].fields == .chat(userID: "d41d8cd98f00b204e9800998ecf8427e"))
    #expect(services[2].fields == .apaas(roomUUID: "r", userUUID: "", role: 2))
    let app = try buildDecode(
      try ApaasTokenBuilder.buildAppToken(
        appID: Self.appID, appCertificate: Self.certificate, expire: 600, options: Self.fixed))
    #expect(app.services.first?.fields == .apaas(roomUUID: "", userUUID: "", role: -1))
    #expect(app.services.first?.privileges == [Privilege(id: 3, value: 600)])
  }

  @Test("RTM2 permissions: types ascending, a repeated pair replaced, names accepted")
  func rtm2Permissions() {
    var permissions = RTM2Permissions()
    permissions.add(resourceType: RTM2Permissions.users, permissionType: 1, resources: ["a"])
    permissions.add(resourceType: 0, permissionType: 1, resources: ["b"])
    permissions.add(resourceType: 0, permissionType: 0, resources: ["c"])
    permissions.add(resourceType: 0, permissionType: 1, resources: ["d", "e"])
    let entries = permissions.entries
    #expect(entries.map(\.resourceType) == [0, 4])
    #expect(entries[0].permissions.map(\.permissionType) == [0, 1])
    #expect(entries[0].permissions[1].resources == ["d", "e"])
    #expect(RTM2Permissions.resourceType(named: "server-groups") == 3)
    #expect(RTM2Permissions.permissionType(named: "WRITE") == 1)
    #expect(RTM2Permissions.resourceType(named: "rooms") == nil)
  }

  @Test("FPA: expire 86400 and login privilege 0")
  func fpa() throws {
    let decoded = try buildDecode(
      try FpaTokenBuilder.buildToken(
        appID: Self.appID, appCertificate: Self.certificate, options: Self.fixed))
    #expect(decoded.expire == 86_400)
    #expect(
      decoded.services == [
        Service(type: .fpa, privileges: [Privilege(id: 1, value: 0)], fields: .fpa)
      ])
  }
}
