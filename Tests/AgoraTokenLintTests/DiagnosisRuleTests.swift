import AgoraTokenLint
import Foundation
import Testing

@testable import AgoraToken

/// Statements of the vocabulary for which real-world.json has no look-alike, on tokens built here
/// with the 006 recipe and the 007 builders.
@Suite("diagnosis rules on built tokens")
struct DiagnosisRuleTests {
  static let appID = "0123456789abcdef0123456789abcdef"
  static let primary = "fedcba9876543210fedcba9876543210"
  static let secondary = "00112233445566778899aabbccddeeff"
  static let ts: UInt32 = 1_800_000_000

  /// `006 + app_id + base64(pack_string(sig) + crc(channel) + crc(uid) + pack_string(m))`.
  static func build006(
    channel: String, uid: String, privileges: [(UInt16, UInt32)],
    certificate: String = primary
  ) -> String {
    var message = ByteWriter()
    message.write(UInt32(7))
    message.write(ts)
    message.write(UInt16(privileges.count))
    for (id, value) in privileges {
      message.write(id)
      message.write(value)
    }
    let signature = AccessToken006Signer.sign(
      appID: appID, channel: channel, uid: uid, message: message.bytes, certificate: certificate)
    var content = ByteWriter()
    content.write(UInt16(signature.count))
    content.writeRaw(signature)
    content.write(Zlib.crc32(Array(channel.utf8)))
    content.write(Zlib.crc32(Array(uid.utf8)))
    content.write(UInt16(message.bytes.count))
    content.writeRaw(message.bytes)
    return "006" + appID + Base64Text.encode(content.bytes)
  }

  static func statements(_ text: String, _ context: DiagnosisContext) -> Set<String> {
    let pipeline = InspectionPipeline(
      InspectionSettings(
        now: context.failureTime ?? 0, certificates: context.certificates, context: context))
    return Set(
      pipeline.inspect(text, source: InputSource(file: "-", line: 1)).diagnosis.map(\.statement))
  }

  static func certificates(_ secrets: String...) -> [AppCertificate] {
    secrets.enumerated().map { AppCertificate(secret: $1, origin: "line \($0 + 1)") }
  }

  @Test("an RTM 006 token with the user id in the uid slot")
  func rtmUserIDInUIDSlot() {
    let text = Self.build006(channel: "lobby", uid: "alice", privileges: [(1000, Self.ts)])
    let made = Self.statements(
      text, DiagnosisContext(failureTime: UInt64(Self.ts) - 60, rtmUserID: "alice", product: .rtm))
    #expect(
      made.isSuperset(of: [
        "rtm_006_user_id_in_uid_slot", "rtm_006_uid_slot_not_empty",
        "rtm_user_id_does_not_match_token", "not_expired_at_failure_time",
      ]))
    #expect(!made.contains("token_consistent_with_context"))
  }

  @Test("a 006 channel that matches in no variant")
  func channelCRCMismatch() {
    let text = Self.build006(
      channel: "alpha", uid: "42", privileges: [(1, Self.ts), (2, Self.ts)])
    let made = Self.statements(
      text, DiagnosisContext(identity: ClientIdentity(channel: "Beta", uid: 42), product: .rtc))
    #expect(made.contains("channel_crc_mismatch"))
    #expect(!made.contains("channel_matches_case_insensitively_only"))
    #expect(!made.contains("token_consistent_with_context"))
    #expect(!made.contains("join_uid_does_not_match_token"))
  }

  @Test("a 006 privilege value that is a duration, expired in 1970")
  func privilegeDuration() {
    let text = Self.build006(channel: "alpha", uid: "", privileges: [(1, 3_600)])
    let made = Self.statements(text, DiagnosisContext(failureTime: UInt64(Self.ts) - 60))
    #expect(
      made.isSuperset(of: ["privilege_expiry_looks_like_duration", "expired_before_failure_time"]))
    #expect(!made.contains("not_expired_at_failure_time"))
  }

  @Test("a 006 token signed with the secondary certificate, found with the built-for channel")
  func secondary006() {
    let text = Self.build006(
      channel: "room-7", uid: "7", privileges: [(1, Self.ts)], certificate: Self.secondary)
    var context = DiagnosisContext(
      identity: ClientIdentity(channel: "other", uid: 7),
      certificates: Self.certificates(Self.primary, Self.secondary))
    context.builtFor = DiagnosisContext.BuiltFor(channel: "room-7", uid: 7)
    let made = Self.statements(text, context)
    #expect(made.contains("signed_with_secondary_certificate"))
    #expect(made.contains("channel_crc_mismatch"))
  }

  @Test("a 006 token signed with Agora's sample certificate")
  func sample006() {
    let text = Self.build006(
      channel: "room-7", uid: "", privileges: [(1, Self.ts)],
      certificate: "5CFd2fd1755d40ecb72977518be15d3b")
    let made = Self.statements(
      text, DiagnosisContext(identity: ClientIdentity(channel: "room-7", uid: 0)))
    #expect(made.contains("signature_valid_with_sample_certificate"))
    #expect(made.contains("uid_is_wildcard"))
    #expect(made.contains("token_consistent_with_context"))
  }

  @Test("a base64 body of length 1 modulo 4")
  func impossibleLength() {
    let made = Self.statements("007eJxTYBBPd", DiagnosisContext())
    #expect(made.isSuperset(of: ["base64_length_impossible", "signature_not_checkable"]))
    #expect(!made.contains("base64_padding_wrong"))
  }

  @Test("signature_not_checkable points at no field: a damaged token has no signature_hex")
  func notCheckableHasNoPointer() throws {
    let linted = InspectionPipeline(InspectionSettings(now: 0)).inspect(
      "007eJxTYPh9WvxH", source: InputSource(file: "-", line: 1))
    let statement = try #require(
      linted.diagnosis.first { $0.statement == "signature_not_checkable" })
    #expect(statement.field == nil)
    #expect(statement.message.contains("damaged (truncated_zlib)"))
  }

  @Test("too much padding")
  func tooMuchPadding() {
    let made = Self.statements("007eJxTYBBPdk===", DiagnosisContext())
    #expect(made.contains("base64_padding_wrong"))
  }

  @Test("a 007 RTC token used for RTM login, and the 007 wildcard uid")
  func rtcFor007RTM() throws {
    let text = try RtcTokenBuilder2.buildTokenWithUID(
      appID: Self.appID, appCertificate: Self.primary, channelName: "lobby", uid: 0,
      role: .subscriber, tokenExpire: 600, options: BuildOptions(issueTs: Self.ts, salt: 1))
    let made = Self.statements(
      text,
      DiagnosisContext(failureTime: UInt64(Self.ts) + 60, rtmUserID: "bob", product: .rtm))
    #expect(made.isSuperset(of: ["rtc_token_used_for_rtm_login", "uid_is_wildcard"]))
    #expect(!made.contains("token_consistent_with_context"))
    #expect(!made.contains("no_publish_privileges"))
  }
}

/// `sdk_may_predate_007_support`, from the RTM and RTC SDK releases Agora documents.
@Suite("SDK version statement")
struct SDKVersionTests {
  static func rtmToken() throws -> String {
    try RtmTokenBuilder2.buildToken(
      appID: DiagnosisRuleTests.appID, appCertificate: DiagnosisRuleTests.primary, userID: "bob",
      expire: 600, options: BuildOptions(issueTs: DiagnosisRuleTests.ts, salt: 1))
  }

  static func rtcToken() throws -> String {
    try RtcTokenBuilder2.buildTokenWithUID(
      appID: DiagnosisRuleTests.appID, appCertificate: DiagnosisRuleTests.primary,
      channelName: "lobby", uid: 5, role: .publisher, tokenExpire: 600,
      options: BuildOptions(issueTs: DiagnosisRuleTests.ts, salt: 1))
  }

  /// The statement's message for `token` at `version`, or `nil` when it is not made.
  static func message(_ token: String, _ version: String, product: DiagnosisContext.Product?)
    -> String?
  {
    let context = DiagnosisContext(product: product, sdkVersion: version)
    let inspection = InspectionPipeline(
      InspectionSettings(now: UInt64(DiagnosisRuleTests.ts), context: context)
    ).inspect(token, source: InputSource(file: "argument", line: 1))
    return inspection.diagnosis.first { $0.statement == "sdk_may_predate_007_support" }?.message
  }

  static func made(_ version: String, product: DiagnosisContext.Product?) throws -> Bool {
    message(try rtmToken(), version, product: product) != nil
  }

  @Test("RTM releases before 1.5.0 may predate 007 (Web from 1.4.6); 1.5.0 says nothing")
  func thresholds() throws {
    #expect(try Self.made("1.4.3", product: .rtm))
    #expect(try Self.made("v1.4.9", product: nil))
    #expect(try !Self.made("1.5.0", product: .rtm))
    #expect(try !Self.made("2.1.4", product: .rtm))
    let web = try #require(Self.message(try Self.rtmToken(), "1.4.7", product: .rtm))
    #expect(web.contains("except on the Web"))
  }

  @Test(
    "RTC releases: every platform before 3.5.2, Flutter before 4.2.0, Web before 4.8.0",
    arguments: [
      ("2.2.0", "on every platform", true),
      ("3.4.1", "on every platform", false),
      ("3.5.2", "if it is the Flutter SDK", false),
      ("4.1.9", "if it is the Flutter SDK", false),
      ("4.2.0", "if it is the Web SDK", false),
      ("4.7.3", "if it is the Web SDK", false),
    ])
  func rtcThresholds(_ version: String, _ platforms: String, _ noCallback: Bool) throws {
    for product in [DiagnosisContext.Product.rtc, nil] {
      let message = try #require(Self.message(try Self.rtcToken(), version, product: product))
      #expect(message.contains("RTC SDK \(version) predates AccessToken2 support \(platforms)"))
      #expect(message.contains("onTokenPrivilegeWillExpire (2.3.0)") == noCallback)
    }
  }

  @Test("RTC 4.8.0 and later, and a 006 token at any version, say nothing")
  func rtcCurrent() throws {
    #expect(Self.message(try Self.rtcToken(), "4.8.0", product: .rtc) == nil)
    #expect(Self.message(try Self.rtcToken(), "v4.23.1", product: nil) == nil)
    let token006 = DiagnosisRuleTests.build006(
      channel: "lobby", uid: "5", privileges: [(1, DiagnosisRuleTests.ts + 600)])
    #expect(Self.message(token006, "2.0.0", product: .rtc) == nil)
  }
}

/// A token cut at a character that leaves a base64 body of length 1 modulo 4.
@Suite("truncation at any character")
struct TruncationTests {
  @Test("a 007 and a 006 token cut to a length of 1 modulo 4 are called truncated")
  func cutAnywhere() throws {
    let token007 = try RtcTokenBuilder2.buildTokenWithUID(
      appID: DiagnosisRuleTests.appID, appCertificate: DiagnosisRuleTests.primary,
      channelName: "lobby", uid: 5, role: .publisher, tokenExpire: 600,
      options: BuildOptions(issueTs: DiagnosisRuleTests.ts, salt: 1))
    let token006 = DiagnosisRuleTests.build006(
      channel: "lobby", uid: "5", privileges: [(1, DiagnosisRuleTests.ts)])
    for (token, offset) in [(token007, 3), (token006, 35)] {
      let body = token.count - offset
      let keep = offset + (body / 2) / 4 * 4 + 1
      let cut = String(token.prefix(keep))
      let made = DiagnosisRuleTests.statements(cut, DiagnosisContext())
      #expect(made.isSuperset(of: ["token_truncated", "base64_length_impossible"]), "\(made)")
    }
  }
}
