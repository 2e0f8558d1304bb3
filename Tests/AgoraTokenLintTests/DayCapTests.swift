import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import Foundation
import Testing

/// Agora's 24-hour limit as every judgment reads it: a 007 token whose `expire` reaches past
/// `issue_ts + 86400` ends there for `--expires-within` (AT205), after its own expiry (AT207 and
/// `expired_by_24h_cap`), in `not_expired_at_failure_time` and AT213, and in the JSON token.
@Suite("Agora's 24-hour limit in every judgment")
struct DayCapTests {
  static let certificate = AppCertificate(
    secret: "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f00", origin: "test line 1")
  static let issued: UInt32 = 1_718_000_000
  static let cap = UInt64(issued) + 86_400

  static func rtc(expire: UInt32, privilege: UInt32 = 0) throws -> String {
    try RtcTokenBuilder2.buildTokenWithUID(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: certificate,
      channelName: "demo", uid: 42, role: .publisher, tokenExpire: expire,
      privilegeExpire: privilege,
      options: BuildOptions(issueTs: issued, salt: 4242, allowsLongLifetime: true))
  }

  /// A 2-day token whose joinChannel lasts `join` seconds and the publish privileges 2 days.
  static func rtc(join: UInt32) throws -> String {
    try RtcTokenBuilder2.buildTokenWithUIDAndPrivilege(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: certificate,
      channelName: "demo", uid: 42, tokenExpire: 172_800, joinChannelPrivilegeExpire: join,
      pubAudioPrivilegeExpire: 172_800, pubVideoPrivilegeExpire: 172_800,
      pubDataStreamPrivilegeExpire: 172_800,
      options: BuildOptions(issueTs: issued, salt: 4242, allowsLongLifetime: true))
  }

  static func judge(
    _ token: String, at now: UInt64, expiresWithin: UInt64? = nil, leeway: UInt64 = 0
  ) -> LintedInput {
    let settings = InspectionSettings(
      now: now, certificates: [certificate], context: DiagnosisContext(failureTime: now),
      leeway: leeway, expiresWithin: expiresWithin)
    return InspectionPipeline(settings).inspect(
      token, source: InputSource(file: "tokens.txt", line: 1))
  }

  @Test("--expires-within judges the limit, not issue_ts + expire")
  func expiresWithinReadsTheLimit() throws {
    let token = try Self.rtc(expire: 172_800)
    let hourAfterIssue = UInt64(Self.issued) + 3_600
    let linted = Self.judge(token, at: hourAfterIssue, expiresWithin: 86_400)
    let finding = try #require(linted.findings.first { $0.name == "expires_within" })
    #expect(finding.value == .number(Self.cap))
    #expect(finding.field == .token(.issueTs))
    #expect(finding.message.contains("Agora's 24-hour limit"))
    #expect(finding.message.contains("in 23h"))
    #expect(ValidityVerdict.expiresWithinWindow(linted.findings))
    let quiet = Self.judge(token, at: hourAfterIssue, expiresWithin: 3_600)
    #expect(!quiet.findings.contains { $0.name == "expires_within" })
  }

  @Test("a 1-day token is judged at issue_ts + expire as before")
  func dayTokenUnchanged() throws {
    let token = try Self.rtc(expire: 86_400)
    let linted = Self.judge(token, at: UInt64(Self.issued) + 3_600, expiresWithin: 86_400)
    let finding = try #require(linted.findings.first { $0.name == "expires_within" })
    #expect(finding.value == .number(Self.cap))
    #expect(finding.field == .token(.expiresAt))
    #expect(finding.message.contains("(issue_ts + expire)"))
  }

  @Test("after its own expiry, the limit that came first is still the one named")
  func limitNamedAfterOwnExpiry() throws {
    let token = try Self.rtc(expire: 172_800)
    let linted = Self.judge(token, at: UInt64(Self.issued) + 172_800 + 60)
    let names = linted.findings.map(\.name)
    #expect(names.contains("token_expired") && names.contains("token_expired_24h_cap"))
    let capFinding = try #require(linted.findings.first { $0.name == "token_expired_24h_cap" })
    #expect(capFinding.value == .number(Self.cap))
    #expect(capFinding.message.contains("came later"))
    let statements = linted.diagnosis.map(\.statement)
    #expect(statements.contains("expired_by_24h_cap"))
    #expect(!statements.contains("expired_before_failure_time"))
    #expect(!statements.contains("not_expired_at_failure_time"))
    #expect(ValidityVerdict(linted.findings) == .expired)
  }

  @Test("a privilege that ended before the limit is named instead of the limit")
  func earlierPrivilegeNamed() throws {
    let token = try Self.rtc(expire: 172_800, privilege: 3_600)
    let linted = Self.judge(token, at: Self.cap + 60)
    let statements = linted.diagnosis.map(\.statement)
    #expect(statements.contains("expired_before_failure_time"))
    #expect(!statements.contains("expired_by_24h_cap"))
    let expired = try #require(
      linted.diagnosis.first { $0.statement == "expired_before_failure_time" })
    #expect(expired.message.contains("RTC joinChannel expired at 2024-06-10T07:13:20Z"))
  }

  @Test("before the limit, the diagnosis and AT213 quote the limit, not the unreachable expiry")
  func quotesTheLimit() throws {
    let token = try Self.rtc(expire: 172_800)
    let linted = Self.judge(token, at: UInt64(Self.issued) + 60)
    let valid = try #require(
      linted.diagnosis.first { $0.statement == "not_expired_at_failure_time" })
    #expect(valid.message.contains("Agora's 24-hour limit ends it at 2024-06-11T06:13:20Z"))
    #expect(!valid.message.contains("2024-06-12T06:13:20Z"))
    let zero = try #require(linted.findings.first { $0.name == "privilege_zero" })
    #expect(
      zero.message.contains(
        "(2024-06-12T06:13:20Z, which Agora's 24-hour limit cuts to 2024-06-11T06:13:20Z)"))
  }

  @Test("the JSON token has day_cap_ends_at only when the limit comes before expires_at")
  func jsonMember() throws {
    let now = UInt64(Self.issued) + 60
    for (expire, expected) in [(UInt32(172_800), Self.cap as UInt64?), (86_400, nil), (600, nil)] {
      let line = LintJSONRenderer.line(Self.judge(try Self.rtc(expire: expire), at: now), now: now)
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let token = try #require(object["token"] as? [String: Any])
      #expect((token["day_cap_ends_at"] as? NSNumber)?.uint64Value == expected)
      #expect(
        (token["day_cap_ends_at_iso"] as? String) == expected.map { _ in "2024-06-11T06:13:20Z" })
      #expect(
        (token["expires_at"] as? NSNumber)?.uint64Value == UInt64(Self.issued) + UInt64(expire))
    }
  }

  @Test(
    "after the token's own expiry too, a privilege that ended first is named, not the limit",
    arguments: [UInt64(100_000), 180_000])
  func earliestPrivilegeAfterOwnExpiry(_ offset: UInt64) throws {
    let linted = Self.judge(
      try Self.rtc(expire: 172_800, privilege: 3_600), at: UInt64(Self.issued) + offset)
    let expired = try #require(
      linted.diagnosis.first { $0.statement == "expired_before_failure_time" })
    #expect(expired.message.contains("RTC joinChannel expired at 2024-06-10T07:13:20Z"))
    #expect(expired.field == .privilege(service: 0, id: 1))
    #expect(!linted.diagnosis.contains { $0.statement == "expired_by_24h_cap" })
  }

  @Test("a joinChannel that outlives the limit does not end before the token (AT204)")
  func joinPastTheLimit() throws {
    let late = Self.judge(try Self.rtc(join: 100_000), at: UInt64(Self.issued) + 3_600)
    #expect(!late.findings.contains { $0.name == "join_expires_before_token" })
    let early = Self.judge(try Self.rtc(join: 3_600), at: UInt64(Self.issued) + 60)
    let finding = try #require(
      early.findings.first { $0.name == "join_expires_before_token" })
    #expect(finding.message.contains("23h before Agora's 24-hour limit ends the token"))
    #expect(finding.expected == .number(86_400))
  }

  @Test("once the limit has passed, an expired privilege is not AT203: the token is not valid")
  func noPrivilegeExpiredAfterTheLimit() throws {
    let token = try Self.rtc(join: 100_000)
    let before = Self.judge(try Self.rtc(join: 3_600), at: UInt64(Self.issued) + 7_200)
    #expect(before.findings.contains { $0.name == "privilege_expired" })
    let after = Self.judge(token, at: UInt64(Self.issued) + 120_000)
    let names = after.findings.map(\.name)
    #expect(!names.contains("privilege_expired"))
    #expect(names.contains("token_expired_24h_cap"))
    #expect(after.diagnosis.contains { $0.statement == "expired_by_24h_cap" })
  }

  @Test("the diagnosis tolerates the leeway the time rules tolerate")
  func leewayAgrees() throws {
    let token = try Self.rtc(expire: 172_800)
    let within = Self.judge(token, at: Self.cap + 300, leeway: 600)
    #expect(!within.findings.contains { $0.name == "token_expired_24h_cap" })
    let statements = within.diagnosis.map(\.statement)
    #expect(statements.contains("not_expired_at_failure_time"))
    #expect(!statements.contains("expired_by_24h_cap"))
    let past = Self.judge(token, at: Self.cap + 601, leeway: 600)
    #expect(past.findings.contains { $0.name == "token_expired_24h_cap" })
    #expect(past.diagnosis.contains { $0.statement == "expired_by_24h_cap" })
    let day = try Self.rtc(expire: 86_400)
    let skewed = Self.judge(day, at: Self.cap + 300, leeway: 600)
    #expect(!skewed.findings.contains { $0.name == "token_expired" })
    #expect(!skewed.diagnosis.contains { $0.statement == "expired_before_failure_time" })
  }

  @Test("an expire that looks like a Unix time is said to read as that date, which the limit cuts")
  func absoluteLookingExpire() throws {
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: Self.certificate,
      channelName: "demo", uid: 42, role: .publisher, tokenExpire: 1_700_000_000,
      options: BuildOptions(
        issueTs: Self.issued, salt: 4242, allowsLongLifetime: true,
        allowsAbsoluteLookingValues: true))
    let linted = Self.judge(token, at: UInt64(Self.issued) + 60)
    let statement = try #require(
      linted.diagnosis.first { $0.statement == "lifetime_looks_like_unix_timestamp" })
    #expect(
      statement.message.contains(
        "the token reads as lasting until 2078-04-24T04:26:40Z, but Agora's 24-hour limit ends it at 2024-06-11T06:13:20Z"
      ))
  }
}
