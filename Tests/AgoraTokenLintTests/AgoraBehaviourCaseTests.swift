import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

/// `Tests/Fixtures/agora-behaviour.json`: look-alikes of the failures the issue "Diagnosis that
/// matches how Agora behaves" names, in the schema of `shared/cases/real-world.json` (`id`,
/// `fault_kind`, `summary`, `input`, `context`, `built_with`, `expected`), each input made by the
/// project's own builders (006 through ``AccessToken006Builder``).
///
/// The expected findings and statements are the table below, taken from Agora's documents (each
/// case names its `source`), never from the tool's output. The fixture is written from this table
/// with `AGTOKEN_UPDATE_GOLDEN=1 swift test --filter AgoraBehaviourCaseTests`; otherwise a test
/// holds the file to the table. docs/diagnosis.md documents every case.
@Suite("Agora behaviour look-alike cases")
struct AgoraBehaviourCaseTests {
  static let fileName = "agora-behaviour.json"
  static let appID = "4d7c1a9e6b2f48d0a3c5e7f9b1d3a5c7"
  static let certificate = "9e8d7c6b5a4f43e2d1c0b9a8f7e6d5c4"
  static let issued: UInt32 = 1_733_000_000
  static let day: UInt32 = 86_400

  /// One case as the table states it.
  struct Entry: Sendable {
    let id: String
    let faultKind: String
    let summary: String
    let source: String
    let builtWith: [String: String]
    let token: @Sendable () throws -> String
    var context: [String: String] = [:]
    var certificate: String? = AgoraBehaviourCaseTests.certificate
    var lint: [String] = []
    var lintAbsent: [String] = []
    var diagnosis: [String] = []
    var diagnosisAbsent: [String] = []
  }

  static func options(salt: UInt32 = 31_337, long: Bool = false) -> BuildOptions {
    BuildOptions(issueTs: issued, salt: salt, allowsLongLifetime: long)
  }

  static func rtc(expire: UInt32, privilege: UInt32 = 0, salt: UInt32 = 31_337) throws -> String {
    try RtcTokenBuilder2.buildTokenWithUID(
      appID: appID, appCertificate: certificate, channelName: "class-7b", uid: 1_024,
      role: .publisher, tokenExpire: expire, privilegeExpire: privilege,
      options: options(salt: salt, long: expire > day))
  }

  static func rtc006(privileges: [(UInt16, UInt32)]) throws -> String {
    try AccessToken006Builder(
      appID: appID, certificate: AppCertificate(secret: certificate, origin: "case"),
      channelName: "class-7b", uid: "1024", salt: 31_337, ts: issued + day,
      privileges: privileges.map { Privilege(id: $0, value: $1) }
    ).build()
  }

  static func chatUser(_ user: String) throws -> String {
    try ChatTokenBuilder2.buildUserToken(
      appID: appID, appCertificate: AppCertificate(secret: certificate, origin: "case"),
      userID: user, expire: 3_600, options: options())
  }

  static let join = ["channel": "class-7b", "uid": "1024", "product": "rtc"]
  static let minuteAfter = String(issued + 60)

  static let entries: [Entry] = [
    Entry(
      id: "AB01", faultKind: "expired",
      summary:
        "A token server builds RTC tokens with a two-day expire to save requests. The client rejoins 25 hours after issue and gets 'token expired' (109).",
      source: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow",
      builtWith: [
        "builder": "RtcTokenBuilder2.buildTokenWithUID", "token_expire": "172800",
        "issue_ts": String(issued),
      ],
      token: { try rtc(expire: 2 * day) },
      context: join.merging(["failure_time": String(issued + day + 3_600)]) { $1 },
      lint: ["token_expired_24h_cap"], diagnosis: ["expired_by_24h_cap"],
      diagnosisAbsent: ["not_expired_at_failure_time"]),
    Entry(
      id: "AB02", faultKind: "wrong_token_kind",
      summary:
        "A Chat app (server) token, from the same endpoint as the REST token, is passed to the Chat SDK's login.",
      source: "https://docs.agora.io/en/agora-chat/develop/authentication",
      builtWith: ["builder": "ChatTokenBuilder2.buildAppToken", "expire": "3600"],
      token: {
        try ChatTokenBuilder2.buildAppToken(
          appID: appID, appCertificate: AppCertificate(secret: certificate, origin: "case"),
          expire: 3_600, options: options())
      },
      context: ["product": "chat", "failure_time": minuteAfter],
      lint: ["chat_app_token_for_sdk_login"], diagnosis: ["chat_app_token_for_sdk_login"]),
    Entry(
      id: "AB03", faultKind: "wrong_token_kind",
      summary:
        "A Chat user token is sent as the Bearer of a REST call; the REST API wants an app token, exchanged first with POST /{org}/{app}/token.",
      source: "https://docs.agora.io/en/agora-chat/develop/authentication",
      builtWith: ["builder": "ChatTokenBuilder2.buildUserToken", "user_id": "mia"],
      token: { try chatUser("mia") },
      context: ["product": "chat-rest", "failure_time": minuteAfter],
      lint: ["chat_user_token_for_rest"], diagnosis: ["chat_user_token_for_rest"]),
    Entry(
      id: "AB04", faultKind: "wrong_uid",
      summary: "A Chat user token made for 'mia' is used to log in as 'noah'.",
      source: "https://docs.agora.io/en/agora-chat/develop/authentication",
      builtWith: ["builder": "ChatTokenBuilder2.buildUserToken", "user_id": "mia"],
      token: { try chatUser("mia") },
      context: ["product": "chat", "account": "noah", "failure_time": minuteAfter],
      lint: ["chat_user_id_mismatch"], diagnosis: ["chat_user_id_mismatch"]),
    Entry(
      id: "AB05", faultKind: "other",
      summary:
        "A hand-written 006 token server adds no privileges; joinChannel fails with error 17.",
      source:
        "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/AccessToken.py",
      builtWith: ["builder": "AccessToken006 without add_privilege", "ts": String(issued + day)],
      token: { try rtc006(privileges: []) },
      context: join.merging(["failure_time": minuteAfter]) { $1 },
      lint: ["no_privileges"], diagnosis: ["no_join_channel_privilege"],
      diagnosisAbsent: ["token_consistent_with_context"]),
    Entry(
      id: "AB06", faultKind: "relative_vs_absolute_time",
      summary:
        "A 006 token server gives joinChannel an expiry two days after building the token; Agora ends every privilege 24 hours after issue.",
      source:
        "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/RtcTokenBuilder.py",
      builtWith: [
        "builder": "RtcTokenBuilder.buildTokenWithUid",
        "privilege_expired_ts": String(issued + 2 * day),
      ],
      token: { try rtc006(privileges: [(1, issued + 2 * day)]) },
      context: join.merging(["failure_time": minuteAfter]) { $1 },
      lint: ["privilege_over_24h"], diagnosis: ["privilege_expiry_over_24h_after_issue"]),
    Entry(
      id: "AB07", faultKind: "other",
      summary:
        "Agora's own 006 builder makes an ordinary publisher token whose privileges end an hour after issue, before the token's ts; nothing is wrong with it.",
      source:
        "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/RtcTokenBuilder.py",
      builtWith: [
        "builder": "RtcTokenBuilder.buildTokenWithUid", "role": "publisher",
        "privilege_expired_ts": String(issued + 3_600),
      ],
      token: { try rtc006(privileges: (1...4).map { ($0, issued + 3_600) }) },
      context: join.merging(["failure_time": minuteAfter]) { $1 },
      lintAbsent: ["join_expires_before_token", "no_privileges"],
      diagnosis: ["token_consistent_with_context"]),
    Entry(
      id: "AB08", faultKind: "expired",
      summary:
        "A token server issues tokens that last two minutes; the SDK's will-expire callback fires 30 seconds before expiry, too late to fetch a new one.",
      source: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow",
      builtWith: ["builder": "RtcTokenBuilder2.buildTokenWithUID", "token_expire": "120"],
      token: { try rtc(expire: 120) },
      context: join.merging(["failure_time": minuteAfter]) { $1 },
      lint: ["lifetime_too_short"]),
    Entry(
      id: "AB09", faultKind: "wrong_certificate",
      summary:
        "The certificate pasted into the token server lost its last character; Agora's verifiers refuse a certificate that is not 32 hex characters.",
      source:
        "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/AccessToken2.py",
      builtWith: ["builder": "RtcTokenBuilder2.buildTokenWithUID", "certificate": "32 hex"],
      token: { try rtc(expire: 3_600) },
      context: join.merging(["failure_time": minuteAfter]) { $1 },
      certificate: String(certificate.dropLast()),
      lint: ["certificate_not_hex32"]),
    Entry(
      id: "AB10", faultKind: "other",
      summary:
        "A token made by hand-written code with salt 0; every reference builder draws the salt from 1...99999999.",
      source:
        "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/AccessToken2.py",
      builtWith: ["builder": "RtcTokenBuilder2.buildTokenWithUID", "salt": "0"],
      token: { try rtc(expire: 3_600, salt: 0) },
      context: join.merging(["failure_time": minuteAfter]) { $1 },
      lint: ["salt_out_of_range"]),
    Entry(
      id: "AB11", faultKind: "other",
      summary:
        "The token checks out against everything the developer knows, yet joining fails: the cause lives outside the token (the console project, the request, the role settings).",
      source: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow",
      builtWith: ["builder": "RtcTokenBuilder2.buildTokenWithUID", "role": "publisher"],
      token: { try rtc(expire: 3_600) },
      context: join.merging(["failure_time": minuteAfter, "built_for_role": "publisher"]) { $1 },
      diagnosis: [
        "token_consistent_with_context", "strict_token_permission_off",
        "console_certificate_not_enabled",
      ],
      diagnosisAbsent: ["client_clock_skewed"]),
    Entry(
      id: "AB12", faultKind: "wrong_token_kind",
      summary:
        "An app on RTC SDK 3.4.0 joins with a 007 token; AccessToken2 needs 3.5.2 on native platforms and 4.8.0 on the Web.",
      source: "https://docs.agora.io/en/agora-chat/reference/access-token-2",
      builtWith: ["builder": "RtcTokenBuilder2.buildTokenWithUID"],
      token: { try rtc(expire: 3_600) },
      context: join.merging(["failure_time": minuteAfter, "sdk_version": "3.4.0"]) { $1 },
      diagnosis: ["sdk_may_predate_007_support"]),
  ]

  /// The fixture's case objects, made from the table.
  static func cases() throws -> [[String: Any]] {
    try entries.map { entry in
      var context: [String: Any] = entry.context
      context["app_id"] = appID
      context["certificate"] = entry.certificate ?? NSNull()
      if let uid = entry.context["uid"], let number = Int(uid) { context["uid"] = number }
      if let time = entry.context["failure_time"], let seconds = UInt64(time) {
        context["failure_time"] = seconds
        context["failure_time_iso"] = UnixTime.iso8601(seconds)
      }
      return [
        "id": entry.id, "fault_kind": entry.faultKind, "summary": entry.summary,
        "source": entry.source, "input": try entry.token(), "context": context,
        "built_with": entry.builtWith,
        "expected": [
          "lint": entry.lint, "lint_absent": entry.lintAbsent, "diagnosis": entry.diagnosis,
          "diagnosis_absent": entry.diagnosisAbsent,
        ],
      ]
    }
  }

  static func encoded(_ cases: [[String: Any]]) throws -> Data {
    try JSONSerialization.data(
      withJSONObject: cases, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
  }

  @Test("the fixture is the table")
  func fixtureMatchesTable() throws {
    let made = try Self.encoded(try Self.cases())
    let url = Fixtures.directory.appendingPathComponent(Self.fileName)
    if ProcessInfo.processInfo.environment["AGTOKEN_UPDATE_GOLDEN"] == "1" {
      try made.write(to: url)
    }
    let stored = try Self.encoded(Fixtures.cases(Self.fileName))
    #expect(stored == made, "regenerate with AGTOKEN_UPDATE_GOLDEN=1")
    #expect(Fixtures.cases(Self.fileName).count == Self.entries.count)
  }

  /// The settings a case's context gives, as the CLI's flags would.
  static func settings(_ context: [String: Any]) -> InspectionSettings {
    let now = (context["failure_time"] as? NSNumber)?.uint64Value ?? UInt64(issued)
    let identity = ClientIdentity(
      appID: context["app_id"] as? String, channel: context["channel"] as? String,
      uid: (context["uid"] as? NSNumber)?.uint32Value, account: context["account"] as? String)
    let diagnosis = DiagnosisContext(
      failureTime: now, identity: identity,
      product: (context["product"] as? String).flatMap(DiagnosisContext.Product.init(rawValue:)),
      builtFor: DiagnosisContext.BuiltFor(
        role: (context["built_for_role"] as? String).flatMap { DiagnosisContext.Role(rawValue: $0) }
      ),
      sdkVersion: context["sdk_version"] as? String)
    let certificates = (context["certificate"] as? String).map {
      [AppCertificate(secret: $0, origin: "case")]
    }
    return InspectionSettings(now: now, certificates: certificates ?? [], context: diagnosis)
  }

  @Test("each case gets the findings and statements Agora's documents call for")
  func judged() throws {
    let cases = Fixtures.cases(Self.fileName)
    #expect(cases.count == Self.entries.count)
    for item in cases {
      let id = item["id"] as? String ?? "?"
      let context = item["context"] as? [String: Any] ?? [:]
      let expected = item["expected"] as? [String: [String]] ?? [:]
      let judged = InspectionPipeline(Self.settings(context)).inspect(
        item["input"] as? String ?? "", source: InputSource(file: id, line: 1))
      #expect(judged.inspection.error == nil, "\(id)")
      let names = Set(judged.findings.map(\.name))
      let statements = Set(judged.diagnosis.map(\.statement))
      for name in expected["lint"] ?? [] { #expect(names.contains(name), "\(id): \(names)") }
      for name in expected["lint_absent"] ?? [] {
        #expect(!names.contains(name), "\(id): \(names)")
      }
      for statement in expected["diagnosis"] ?? [] {
        #expect(statements.contains(statement), "\(id): \(statements.sorted())")
      }
      for statement in expected["diagnosis_absent"] ?? [] {
        #expect(!statements.contains(statement), "\(id): \(statements.sorted())")
      }
    }
  }
}
