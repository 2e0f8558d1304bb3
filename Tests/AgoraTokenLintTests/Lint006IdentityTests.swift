import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

@testable import AgoraToken

/// Identity and expectation rules for 006 tokens, from the CRC comparisons of the inspection.
@Suite("identity and expectation rules for 006 tokens")
struct Lint006IdentityTests {
  typealias T = Token006Fixtures

  static func client(channel: String = T.channel, uid: UInt32 = 1234) -> ClientIdentity {
    ClientIdentity(appID: T.appID, channel: channel, uid: uid)
  }

  @Test("a matching client gives no identity findings")
  func clean() throws {
    let names = T.names(try T.text(), identity: Self.client())
    for rule in [
      "channel_mismatch", "channel_mismatch_case_or_whitespace", "uid_mismatch",
      "int_uid_join_cannot_match_account", "app_id_mismatch", "user_id_mismatch",
      "signature_invalid",
    ] {
      #expect(!names.contains(rule), "\(rule) in \(names)")
    }
  }

  @Test("channel_mismatch fires for another channel")
  func channelMismatch() throws {
    let text = try T.text()
    let finding = try #require(
      T.findings("channel_mismatch", text, identity: Self.client(channel: "room-2")).first)
    #expect(finding.code == "AT311")
    #expect(finding.field == .token(.crcChannelName))
    #expect(finding.expected == "room-2")
    #expect(
      !T.names(text, identity: Self.client(channel: "room-2")).contains(
        "channel_mismatch_case_or_whitespace"))
  }

  @Test("channel_mismatch_case_or_whitespace fires for a case or whitespace variant only")
  func channelCase() throws {
    let text = try T.text()
    for variant in ["Room-1", " room-1"] {
      let names = T.names(text, identity: Self.client(channel: variant))
      #expect(names.contains("channel_mismatch_case_or_whitespace"), "\(variant)")
      #expect(!names.contains("channel_mismatch"), "\(variant)")
    }
    #expect(
      !T.names(text, identity: Self.client()).contains("channel_mismatch_case_or_whitespace"))
  }

  @Test("uid_mismatch fires for another integer uid; a wildcard token admits any uid")
  func uidMismatch() throws {
    let text = try T.text()
    let finding = try #require(
      T.findings("uid_mismatch", text, identity: Self.client(uid: 999)).first)
    #expect(finding.code == "AT313")
    #expect(finding.field == .token(.crcUID))
    #expect(
      !T.names(text, identity: Self.client(uid: 999)).contains(
        "int_uid_join_cannot_match_account"))
    let wildcard = try T.text(uid: "")
    #expect(!T.names(wildcard, identity: Self.client(uid: 999)).contains("uid_mismatch"))
  }

  @Test("int_uid_join_cannot_match_account fires for a token built for the string \"0\"")
  func intUIDStringZero() throws {
    let text = try T.text(uid: "0")
    let names = T.names(text, identity: Self.client(uid: 0))
    #expect(names.contains("int_uid_join_cannot_match_account"))
    #expect(names.contains("uid_mismatch"))
  }

  @Test("int_uid_join_cannot_match_account fires when no decimal uid has crc_uid")
  func intUIDAccount() throws {
    // An account whose CRC-32 no decimal uid shares (about a third of all CRC values).
    let account = try #require(
      ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"].first {
        NumericUIDSearch.preimages(of: Zlib.crc32(Array($0.utf8))).isEmpty
      })
    let text = try T.text(uid: account)
    let finding = try #require(
      T.findings("int_uid_join_cannot_match_account", text, identity: Self.client()).first)
    #expect(finding.code == "AT314")
    #expect(finding.field == .token(.crcUID))
    // The same token joined with the account itself is fine.
    #expect(
      !T.names(text, identity: ClientIdentity(channel: T.channel, account: account)).contains(
        "uid_mismatch"))
  }

  @Test("app_id_mismatch fires for 006 and legacy tokens of another App ID")
  func appID() throws {
    let other = "ffffffffffffffffffffffffffffffff"
    let text = try T.text()
    #expect(T.names(text, identity: ClientIdentity(appID: other)).contains("app_id_mismatch"))
    #expect(!T.names(text, identity: ClientIdentity(appID: T.appID)).contains("app_id_mismatch"))
    for id in ["pleg-dk5-media-channel", "pleg-dk4-media-channel", "pleg-signaling"] {
      let vector = try #require(
        Fixtures.cases("tokens-legacy.json").first { $0["id"] as? String == id })
      let key = try #require(vector["key"] as? String)
      let appID = try #require((vector["inputs"] as? [String: Any])?["app_id"] as? String)
      let inspection = Inspector().inspect(key, source: InputSource(file: "-", line: 1))
      func names(_ client: String) -> [String] {
        Linter().lint(
          inspection, context: LintContext(now: 0, identity: ClientIdentity(appID: client))
        ).map(\.name)
      }
      #expect(names(other).contains("app_id_mismatch"), "\(id)")
      #expect(!names(appID).contains("app_id_mismatch"), "\(id)")
      // DynamicKey5 stores the app id as raw bytes, so only its text keys see letter case.
      #expect(
        names(appID.uppercased()).contains("app_id_mismatch") == (id != "pleg-dk5-media-channel"),
        "\(id)")
    }
  }

  @Test("user_id_mismatch fires for an RTM 006 token of another user id, not channel_mismatch")
  func userID() throws {
    let text = try T.rtmText(user: "emma")
    let wrong = ClientIdentity(rtmUserID: "emma_w")
    let finding = try #require(T.findings("user_id_mismatch", text, identity: wrong).first)
    #expect(finding.field == .token(.crcChannelName))
    #expect(finding.expected == "emma_w")
    #expect(!T.names(text, identity: wrong).contains("channel_mismatch"))
    #expect(!T.names(text, identity: wrong).contains("uid_mismatch"))
    #expect(
      !T.names(text, identity: ClientIdentity(rtmUserID: "emma")).contains("user_id_mismatch"))
    // The RTM layout is also found from --account alone (no RTM context flag).
    #expect(T.names(text, identity: ClientIdentity(account: "emma_w")).contains("user_id_mismatch"))
    #expect(!T.names(text, identity: ClientIdentity(account: "emma")).contains("user_id_mismatch"))
  }

  @Test("an RTM login with an RTC 006 token compares the user id with the channel slot")
  func rtmLoginWithRTCToken() throws {
    let text = try T.text(uid: "")
    let inspection = T.inspection(text, identity: ClientIdentity(rtmUserID: "emma_w"))
    #expect(
      inspection.identity.map { "\($0.field)=\($0.expected):\($0.matches)" } == [
        "crc_channel_name=emma_w:false", "crc_uid=:true",
      ])
    #expect(inspection.signature.status == .invalid)
    let finding = try #require(
      T.findings("user_id_mismatch", text, identity: ClientIdentity(rtmUserID: "emma_w")).first)
    #expect(finding.message.contains("no RTM login privilege"))
    // Logging in as the name in the channel slot verifies (RtmTokenBuilder's layout).
    let same = T.inspection(text, identity: ClientIdentity(rtmUserID: T.channel))
    #expect(same.signature.status == .valid)
  }

  @Test("an RTM user id next to an RTC join checks an RTC 006 token with the RTC identity")
  func rtmUserNextToRTCJoin() throws {
    let identity = ClientIdentity(channel: T.channel, uid: 1234, rtmUserID: "emma_w")
    let inspection = T.inspection(try T.text(), identity: identity)
    #expect(inspection.signature.status == .valid)
    let failed = inspection.identity.filter { !$0.matches }.map(\.field)
    #expect(failed.isEmpty)
  }

  @Test("expect_service: a 006 RTC token lacks RTM, an RTM token lacks RTC")
  func expectService() throws {
    let rtc = try T.text()
    let rtm = try T.rtmText(user: "emma")
    #expect(T.names(rtc) { $0.expectedServices = [.rtm] }.contains("expect_service"))
    #expect(!T.names(rtc) { $0.expectedServices = [.rtc] }.contains("expect_service"))
    #expect(T.names(rtm) { $0.expectedServices = [.rtc] }.contains("expect_service"))
    #expect(!T.names(rtm) { $0.expectedServices = [.rtm] }.contains("expect_service"))
  }

  @Test("expect_privilege: 006 ids 1-4 and 1000 (login)")
  func expectPrivilege() throws {
    let subscriber = try T.text(privileges: [(1, T.ts)])
    let rtm = try T.rtmText(user: "emma")
    func fires(_ text: String, _ name: String) -> Bool {
      T.names(text) { $0.expectedPrivileges = [name] }.contains("expect_privilege")
    }
    #expect(!fires(subscriber, "joinChannel"))
    #expect(fires(subscriber, "publishAudioStream"))
    #expect(fires(subscriber, "login"))
    #expect(!fires(try T.text(), "publishDataStream"))
    #expect(!fires(rtm, "login"))
    #expect(fires(rtm, "joinChannel"))
  }
}
