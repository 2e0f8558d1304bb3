import AgoraTokenLint
import AgoraTokenReport
import Foundation
import Testing

@testable import AgoraToken

/// One case per rule that must fire, and the clean baseline on which every rule stays quiet.
@Suite("every rule fires and stays quiet")
struct RuleCaseTests {
  struct Case: Sendable, CustomStringConvertible {
    let rule: String
    let inspection: Inspection
    let context: LintContext
    var description: String { rule }
  }

  typealias F = LintFixtures

  static func rtc(_ privileges: [UInt16: UInt32], channel: String = F.channel, uid: String = F.uid)
    -> Service
  {
    Service(
      type: .rtc,
      privileges: privileges.keys.sorted().map { Privilege(id: $0, value: privileges[$0] ?? 0) },
      fields: .rtc(channelName: channel, uid: uid))
  }

  static func tokenCase(
    _ rule: String, _ change: (inout AccessToken2) -> Void,
    context: (inout LintContext) -> Void = { _ in }
  ) -> Case {
    Case(rule: rule, inspection: F.inspection(F.token(change)), context: F.context(context))
  }

  static func contextCase(_ rule: String, _ change: (inout LintContext) -> Void) -> Case {
    Case(rule: rule, inspection: F.inspection(F.token()), context: F.context(change))
  }

  static let firing: [Case] = [
    Case(
      rule: "decode_error",
      inspection: Inspection(
        source: InputSource(file: "-", line: 1), text: "007eJx",
        error: TokenError(.truncatedZlib, offset: 3, in: .text, "the zlib stream ends early")),
      context: F.context()),
    tokenCase("app_id_not_hex32") { $0.appID = "not-an-app-id" },
    tokenCase("no_services") { $0.services = [] },
    tokenCase("unknown_service_type") {
      $0.unparsedService = UnparsedService(type: 999, offset: 60, bytes: [0, 0])
    },
    tokenCase("repeated_service_type") { $0.services.append($0.services[0]) },
    tokenCase("no_privileges") { $0.services[0].privileges = [] },
    tokenCase("unknown_privilege") {
      $0.services[0].privileges.append(Privilege(id: 99, value: 3_600))
    },
    tokenCase("trailing_bytes") { $0.trailingBytes = TrailingBytes(offset: 90, count: 3) },
    tokenCase("bad_signature_length") { $0.signature = [1, 2, 3] },
    Case(
      rule: "repaired_input",
      inspection: F.inspection(
        F.token(), repairs: [AppliedRepair(name: "strip_quotes", detail: "removed quotes")]),
      context: F.context()),
    contextCase("token_expired") { $0.now = UInt64(F.issueTs) + 3_600 },
    contextCase("token_not_yet_valid") { $0.now = UInt64(F.issueTs) - 120 },
    tokenCase("privilege_expired", { $0.services[0].privileges[1].value = 30 }),
    tokenCase("join_expires_before_token") { $0.services = [rtc([1: 1_800])] },
    contextCase("expires_within") { $0.expiresWithin = 3_600 },
    tokenCase("chat_lifetime_over_24h") {
      $0.expire = 172_800
      $0.services = [
        Service(
          type: .chat, privileges: [Privilege(id: 1, value: 3_600)], fields: .chat(userID: "u1"))
      ]
    } context: {
      $0.expectedServices = []; $0.expectedPrivileges = []
    },
    tokenCase("expire_zero") { $0.expire = 0 },
    tokenCase("expire_over_24h") { $0.expire = 90_000 },
    tokenCase("expire_looks_absolute") { $0.expire = 1_700_000_600 },
    tokenCase("privilege_zero") { $0.services[0].privileges[0].value = 0 },
    tokenCase("privilege_over_24h") { $0.services[0].privileges[3].value = 90_000 },
    tokenCase("privilege_looks_absolute") { $0.services[0].privileges[2].value = 1_700_003_600 },
    tokenCase("publish_outlives_join") { $0.services = [rtc([1: 3_600, 2: 7_200])] },
    tokenCase("channel_name_empty", { $0.services = [rtc([1: 3_600], channel: "")] }) {
      $0.identity.channel = nil
    },
    tokenCase(
      "channel_name_too_long",
      { $0.services = [rtc([1: 3_600], channel: String(repeating: "a", count: 64))] }
    ) {
      $0.identity.channel = nil
    },
    tokenCase("channel_name_invalid_chars", { $0.services = [rtc([1: 3_600], channel: "room/1")] })
    {
      $0.identity.channel = nil
    },
    tokenCase(
      "account_too_long",
      { $0.services = [rtc([1: 3_600], uid: String(repeating: "a", count: 256))] }
    ) {
      $0.identity.uid = nil
    },
    tokenCase("user_id_too_long") {
      $0.services.append(
        Service(
          type: .rtm, privileges: [Privilege(id: 1, value: 3_600)],
          fields: .rtm(userID: String(repeating: "u", count: 65))))
    },
    contextCase("app_id_mismatch") { $0.identity.appID = "ffffffffffffffffffffffffffffffff" },
    contextCase("channel_mismatch") { $0.identity.channel = "room-2" },
    contextCase("channel_mismatch_case_or_whitespace") { $0.identity.channel = " Room-1" },
    contextCase("uid_mismatch") { $0.identity.uid = 99 },
    tokenCase("int_uid_join_cannot_match_account") {
      $0.services = [rtc([1: 3_600], uid: "550e8400-e29b-41d4-a716-446655440000")]
    },
    tokenCase("uid_is_string_zero", { $0.services = [rtc([1: 3_600], uid: "0")] }) {
      $0.identity.uid = nil
    },
    tokenCase("user_id_mismatch") {
      $0.services.append(
        Service(
          type: .rtm, privileges: [Privilege(id: 1, value: 3_600)], fields: .rtm(userID: "alice")))
    } context: {
      $0.identity = ClientIdentity(account: "bob")
    },
    contextCase("expect_service") { $0.expectedServices = [.rtm] },
    contextCase("expect_privilege") { $0.expectedPrivileges = ["login"] },
    Case(
      rule: "signature_invalid",
      inspection: F.inspection(
        F.token(), signature: SignatureCheck(status: .invalid, hints: ["no match"])),
      context: F.context()),
    Case(
      rule: "signature_not_checked",
      inspection: F.inspection(F.token(), signature: .notChecked("no certificate given")),
      context: F.context()),
    Case(
      rule: "certificate_case_mismatch",
      inspection: F.inspection(
        F.token(), signature: SignatureCheck(status: .invalid, verifiesWithCaseChanged: true)),
      context: F.context()),
    tokenCase("salt_out_of_range") { $0.salt = 0 },
    tokenCase("token_expired_24h_cap", { $0.expire = 172_800 }) {
      $0.now = UInt64(F.issueTs) + 86_400
      $0.expiresWithin = nil
    },
    tokenCase("lifetime_too_short") { $0.expire = 120 },
    tokenCase("chat_user_id_mismatch") {
      $0.services = [
        Service(
          type: .chat, privileges: [Privilege(id: 1, value: 3_600)], fields: .chat(userID: "alice"))
      ]
    } context: {
      $0.identity = ClientIdentity(account: "bob")
      $0.product = .chat
      $0.expectedServices = []
      $0.expectedPrivileges = []
    },
    tokenCase("chat_app_token_for_sdk_login") {
      $0.services = [
        Service(
          type: .chat, privileges: [Privilege(id: 2, value: 3_600)], fields: .chat(userID: ""))
      ]
    } context: {
      $0.product = .chat
      $0.expectedServices = []
      $0.expectedPrivileges = []
    },
    tokenCase("chat_user_token_for_rest") {
      $0.services = [
        Service(
          type: .chat, privileges: [Privilege(id: 1, value: 3_600)], fields: .chat(userID: "alice"))
      ]
    } context: {
      $0.product = .chatRest
      $0.expectedServices = []
      $0.expectedPrivileges = []
    },
    contextCase("certificate_not_hex32") {
      $0.certificates = [AppCertificate(secret: "not-a-certificate", origin: "test")]
    },
    tokenCase("sample_credentials") {
      $0.appID = "970CA35de60c44645bbae8a215061b33"
    } context: {
      $0.identity.appID = "970CA35de60c44645bbae8a215061b33"
    },
  ]

  @Test("every rule has a firing case")
  func coverage() {
    let covered = Set(Self.firing.map(\.rule))
    let all = Set(RuleRegistry.descriptors.map(\.name).filter { $0 != "legacy_version" })
    #expect(
      all.subtracting(covered).isEmpty, "no firing case: \(all.subtracting(covered).sorted())")
  }

  @Test("fires", arguments: firing)
  func fires(_ testCase: Case) throws {
    let findings = Linter().lint(testCase.inspection, context: testCase.context)
    let finding = try #require(findings.first { $0.name == testCase.rule })
    let descriptor = try #require(RuleRegistry.descriptor(testCase.rule))
    #expect(finding.code == descriptor.code)
    #expect(finding.severity == descriptor.severity)
    #expect(finding.help == descriptor.fix)
    #expect(finding.url == descriptor.source)
    #expect(!finding.message.isEmpty)
    let pointer = finding.field.jsonPointer
    #expect(pointer.isEmpty || pointer.hasPrefix("/"))
  }

  @Test("stays quiet on the clean baseline", arguments: RuleRegistry.descriptors.map(\.name))
  func quiet(_ name: String) {
    let names = F.names(F.inspection(F.token()), F.context())
    #expect(!names.contains(name))
  }

  @Test("the clean baseline has no finding at all")
  func baseline() {
    #expect(F.names(F.inspection(F.token()), F.context()) == [])
  }

  @Test("legacy_version stays quiet on 007 (another version case does not exist yet)")
  func legacyQuiet() {
    #expect(!F.names(F.inspection(F.token()), F.context()).contains("legacy_version"))
  }

  @Test("selection by code, prefix and name; ignore wins; unknown entries are errors")
  func selection() throws {
    let inspection = F.inspection(F.token { $0.expire = 0 })
    let context = F.context()
    let onlyTime = Linter(selection: try RuleSelection(select: ["AT2"]))
    #expect(onlyTime.lint(inspection, context: context).allSatisfy { $0.code.hasPrefix("AT2") })
    let ignored = Linter(selection: try RuleSelection(ignore: ["expire_zero,AT201"]))
    let names = ignored.lint(inspection, context: context).map(\.name)
    #expect(!names.contains("expire_zero") && !names.contains("token_expired"))
    #expect(throws: LintConfigurationError.self) { try RuleSelection(select: ["no_such_rule"]) }
    #expect(throws: LintConfigurationError.self) { try RuleSelection(ignore: ["AT9"]) }
  }
}
