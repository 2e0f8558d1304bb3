import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import Foundation
import Testing

/// The rules and statements that teach agtoken how Agora's servers and SDKs behave (the 24-hour
/// cap, Chat token kinds, 006 privileges, short lifetimes, certificate shape, salt range), each
/// on tokens made by the project's own builders (006 through ``AccessToken006Builder``), judged
/// through ``InspectionPipeline``: one case that fires, one that must not.
@Suite("Agora behaviour rules")
struct AgoraBehaviourRuleTests {
  static let appID = "7b1e6f0c2a9d48e3b5c4d3e2f1a09876"
  static let certificate = AppCertificate(
    secret: "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f00", origin: "test line 1")
  static let issued: UInt32 = 1_718_000_000
  static let day: UInt64 = 86_400

  /// One judgment to check: a token, the settings it is judged with, and what must (not) appear.
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let token: @Sendable () throws -> String
    var now: UInt64 = UInt64(AgoraBehaviourRuleTests.issued) + 60
    var context = DiagnosisContext()
    var certificates = [AgoraBehaviourRuleTests.certificate]
    var minimumLifetime = LintContext.defaultMinimumLifetime
    let rule: String
    let fires: Bool
    var statements: [String] = []
    var absentStatements: [String] = []

    var testDescription: String { label }

    func judge() throws -> LintedInput {
      let settings = InspectionSettings(
        now: now, certificates: certificates, context: context, minimumLifetime: minimumLifetime)
      return InspectionPipeline(settings).inspect(
        try token(), source: InputSource(file: "tokens.txt", line: 1))
    }
  }

  static func options(salt: UInt32 = 4242, long: Bool = false) -> BuildOptions {
    BuildOptions(issueTs: issued, salt: salt, allowsLongLifetime: long)
  }

  static func rtc(expire: UInt32, privilege: UInt32 = 0, salt: UInt32 = 4242) throws -> String {
    try RtcTokenBuilder2.buildTokenWithUID(
      appID: appID, appCertificate: certificate, channelName: "demo", uid: 42, role: .publisher,
      tokenExpire: expire, privilegeExpire: privilege,
      options: options(salt: salt, long: expire > 86_400))
  }

  static func chatApp() throws -> String {
    try ChatTokenBuilder2.buildAppToken(
      appID: appID, appCertificate: certificate, expire: 3_600, options: options())
  }

  static func chatUser(_ user: String) throws -> String {
    try ChatTokenBuilder2.buildUserToken(
      appID: appID, appCertificate: certificate, userID: user, expire: 3_600, options: options())
  }

  /// A 006 RTC token as `RtcTokenBuilder.buildTokenWithUid` makes it: `ts` = build time + 24 h,
  /// privileges at an absolute expiry.
  static func rtc006(privileges: [(UInt16, UInt32)]) throws -> String {
    try AccessToken006Builder(
      appID: appID, certificate: certificate, channelName: "demo", uid: "42", salt: 4242,
      ts: issued + 86_400, privileges: privileges.map { Privilege(id: $0, value: $1) }
    ).build()
  }

  static let join = ClientIdentity(channel: "demo", uid: 42)

  static let cases: [Case] = [
    Case(
      label: "a 2-day 007 token a day and a minute after issue is past Agora's 24-hour cap",
      token: { try rtc(expire: 172_800) }, now: UInt64(issued) + day + 60,
      context: DiagnosisContext(failureTime: UInt64(issued) + day + 60),
      rule: "token_expired_24h_cap", fires: true, statements: ["expired_by_24h_cap"],
      absentStatements: ["not_expired_at_failure_time"]),
    Case(
      label: "the same token a minute before the cap",
      token: { try rtc(expire: 172_800) }, now: UInt64(issued) + day - 60,
      context: DiagnosisContext(failureTime: UInt64(issued) + day - 60),
      rule: "token_expired_24h_cap", fires: false, statements: ["not_expired_at_failure_time"],
      absentStatements: ["expired_by_24h_cap"]),
    Case(
      label: "a 1-hour token past both its expiry and the cap is token_expired only",
      token: { try rtc(expire: 3_600) }, now: UInt64(issued) + day + 60,
      context: DiagnosisContext(failureTime: UInt64(issued) + day + 60),
      rule: "token_expired_24h_cap", fires: false, statements: ["expired_before_failure_time"],
      absentStatements: ["not_expired_at_failure_time", "expired_by_24h_cap"]),
    Case(
      label: "a Chat app token used for an SDK login",
      token: { try chatApp() }, context: DiagnosisContext(product: .chat),
      rule: "chat_app_token_for_sdk_login", fires: true,
      statements: ["chat_app_token_for_sdk_login"]),
    Case(
      label: "a Chat app token used for REST",
      token: { try chatApp() }, context: DiagnosisContext(product: .chatRest),
      rule: "chat_app_token_for_sdk_login", fires: false,
      absentStatements: ["chat_app_token_for_sdk_login"]),
    Case(
      label: "a Chat user token used as the REST Bearer",
      token: { try chatUser("alice") }, context: DiagnosisContext(product: .chatRest),
      rule: "chat_user_token_for_rest", fires: true, statements: ["chat_user_token_for_rest"]),
    Case(
      label: "a Chat user token used for an SDK login",
      token: { try chatUser("alice") }, context: DiagnosisContext(product: .chat),
      rule: "chat_user_token_for_rest", fires: false,
      absentStatements: ["chat_user_token_for_rest"]),
    Case(
      label: "a Chat user token for alice, bob logs in",
      token: { try chatUser("alice") },
      context: DiagnosisContext(identity: ClientIdentity(account: "bob"), product: .chat),
      rule: "chat_user_id_mismatch", fires: true, statements: ["chat_user_id_mismatch"]),
    Case(
      label: "a Chat user token for alice, alice logs in",
      token: { try chatUser("alice") },
      context: DiagnosisContext(identity: ClientIdentity(account: "alice"), product: .chat),
      rule: "chat_user_id_mismatch", fires: false, absentStatements: ["chat_user_id_mismatch"]),
    Case(
      label: "a 006 token with an empty privilege map",
      token: { try rtc006(privileges: []) }, context: DiagnosisContext(identity: join),
      rule: "no_privileges", fires: true, statements: ["no_join_channel_privilege"],
      absentStatements: ["token_consistent_with_context", "console_certificate_not_enabled"]),
    Case(
      label: "a 006 token with joinChannel",
      token: { try rtc006(privileges: [(1, issued + 3_600)]) },
      context: DiagnosisContext(identity: join),
      rule: "no_privileges", fires: false,
      statements: [
        "token_consistent_with_context", "console_certificate_not_enabled",
        "token_not_reaching_request", "client_clock_skewed",
      ],
      absentStatements: ["no_join_channel_privilege", "strict_token_permission_off"]),
    Case(
      label: "a consistent 007 token built for a role, judged at a failure time",
      token: { try rtc(expire: 3_600) },
      context: DiagnosisContext(
        failureTime: UInt64(issued) + 60, identity: join,
        builtFor: DiagnosisContext.BuiltFor(role: .publisher)),
      rule: "token_expired", fires: false,
      statements: [
        "token_consistent_with_context", "strict_token_permission_off",
        "console_certificate_not_enabled",
      ],
      absentStatements: ["client_clock_skewed"]),
    Case(
      label: "a 007 token for another channel names no outside cause",
      token: { try rtc(expire: 3_600) },
      context: DiagnosisContext(identity: ClientIdentity(channel: "other", uid: 42)),
      rule: "channel_mismatch", fires: true, statements: ["channel_does_not_match_token"],
      absentStatements: [
        "token_consistent_with_context", "console_certificate_not_enabled",
        "token_not_reaching_request",
      ]),
    Case(
      label: "a 007 token for 'demo' joined as 'Demo' is a case mismatch, not another channel",
      token: { try rtc(expire: 3_600) },
      context: DiagnosisContext(identity: ClientIdentity(channel: "Demo", uid: 42)),
      rule: "channel_mismatch_case_or_whitespace", fires: true,
      statements: ["channel_matches_case_insensitively_only"],
      absentStatements: ["channel_does_not_match_token"]),
    Case(
      label: "a 007 token for 'demo' joined as 'demo' states no channel cause",
      token: { try rtc(expire: 3_600) },
      context: DiagnosisContext(identity: ClientIdentity(channel: "demo", uid: 42)),
      rule: "channel_mismatch", fires: false,
      absentStatements: ["channel_does_not_match_token", "channel_matches_case_insensitively_only"]),
    Case(
      label: "a 006 privilege two days after the estimated issue time",
      token: { try rtc006(privileges: [(1, issued + 172_800)]) },
      rule: "privilege_over_24h", fires: true,
      statements: ["privilege_expiry_over_24h_after_issue"]),
    Case(
      label: "a 006 privilege an hour after issue",
      token: { try rtc006(privileges: [(1, issued + 3_600)]) },
      rule: "privilege_over_24h", fires: false,
      absentStatements: ["privilege_expiry_over_24h_after_issue"]),
    Case(
      label: "Agora's ordinary 006 publisher token (privileges end before ts)",
      token: { try rtc006(privileges: (1...4).map { ($0, issued + 3_600) }) },
      rule: "join_expires_before_token", fires: false),
    Case(
      label: "a 007 token that lasts 2 minutes",
      token: { try rtc(expire: 120) }, rule: "lifetime_too_short", fires: true),
    Case(
      label: "a 007 token whose joinChannel lasts 2 minutes",
      token: { try rtc(expire: 3_600, privilege: 120) }, rule: "lifetime_too_short",
      fires: true),
    Case(
      label: "a 2-minute token with min_lifetime 60",
      token: { try rtc(expire: 120) }, minimumLifetime: 60, rule: "lifetime_too_short",
      fires: false),
    Case(
      label: "a 1-hour token",
      token: { try rtc(expire: 3_600) }, rule: "lifetime_too_short", fires: false),
    Case(
      label: "a certificate of 31 characters",
      token: { try rtc(expire: 3_600) },
      certificates: [AppCertificate(secret: "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f0", origin: "file x")],
      rule: "certificate_not_hex32", fires: true),
    Case(
      label: "a 32-hex certificate",
      token: { try rtc(expire: 3_600) }, rule: "certificate_not_hex32", fires: false),
    Case(
      label: "salt 0", token: { try rtc(expire: 3_600, salt: 0) }, rule: "salt_out_of_range",
      fires: true),
    Case(
      label: "salt 100000000", token: { try rtc(expire: 3_600, salt: 100_000_000) },
      rule: "salt_out_of_range", fires: true),
    Case(
      label: "salt 99999999", token: { try rtc(expire: 3_600, salt: 99_999_999) },
      rule: "salt_out_of_range", fires: false),
  ]

  @Test("fires or stays silent, and the diagnosis agrees", arguments: cases)
  func judgment(_ testCase: Case) throws {
    let linted = try testCase.judge()
    #expect(linted.inspection.error == nil)
    let names = linted.findings.map(\.name)
    #expect(names.contains(testCase.rule) == testCase.fires, "findings: \(names)")
    let statements = Set(linted.diagnosis.map(\.statement))
    for statement in testCase.statements {
      #expect(statements.contains(statement), "diagnosis: \(statements.sorted())")
    }
    for statement in testCase.absentStatements {
      #expect(!statements.contains(statement), "diagnosis: \(statements.sorted())")
    }
  }

  @Test(
    "a finding appears by code and name in text, JSON and SARIF",
    arguments: cases.filter(\.fires))
  func rendered(_ testCase: Case) throws {
    let linted = try testCase.judge()
    let finding = try #require(linted.findings.first { $0.name == testCase.rule })
    let text = LintTextRenderer(color: false).render(linted)
    #expect(text.contains("\(finding.code) \(finding.name)"))
    let line = LintJSONRenderer.line(linted, now: testCase.now)
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["name"] as? String == finding.name })
    let sarif = SARIFRenderer.render([linted], version: "test")
    #expect(sarif.contains("\"ruleId\" : \"\(finding.code)\""))
    #expect(!text.contains(Self.certificate.secret) && !line.contains(Self.certificate.secret))
  }

  @Test("the 24-hour cap makes the token expired for verify's gate")
  func capIsExpired() throws {
    let linted = try Self.cases[0].judge()
    #expect(ValidityVerdict(linted.findings) == .expired)
    let finding = try #require(linted.findings.first { $0.name == "token_expired_24h_cap" })
    #expect(finding.value == .number(UInt64(Self.issued) + Self.day))
    #expect(finding.unit == .unixTime)
    #expect(finding.agoraErrorCodes == [109])
  }

  @Test("privilege_zero's help names the renewal consequence")
  func privilegeZeroHelp() throws {
    let descriptor = try #require(RuleRegistry.descriptor("privilege_zero"))
    #expect(descriptor.severity == .info)
    #expect(descriptor.fix.contains("onTokenPrivilegeWillExpire"))
  }
}
