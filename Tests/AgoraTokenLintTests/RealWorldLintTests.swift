import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

/// The look-alike cases of real-world.json produce the findings their diagnosis lists call for,
/// judged at the case's failure time with the client identity of its context.
@Suite("real-world look-alikes")
struct RealWorldLintTests {
  static let cases = Fixtures.cases("real-world.json").map(FixtureCase.init)

  /// Diagnosis statement -> the finding names it calls for (any one of them).
  static let calls: [String: [String]] = [
    "lifetime_looks_like_unix_timestamp": ["expire_looks_absolute"],
    "privilege_looks_like_unix_timestamp": ["privilege_looks_absolute"],
    "expired_before_failure_time": ["token_expired", "privilege_expired"],
    "issue_ts_after_failure_time": ["token_not_yet_valid"],
    "uid_is_string_zero_not_wildcard": ["uid_is_string_zero"],
    "join_uid_does_not_match_token": ["uid_mismatch"],
    "int_uid_join_cannot_match_account": ["int_uid_join_cannot_match_account"],
    "channel_matches_case_insensitively_only": ["channel_mismatch_case_or_whitespace"],
    "certificate_letter_case_differs": ["certificate_case_mismatch"],
    "app_id_is_sample_placeholder": ["sample_credentials"],
    "signature_valid_with_sample_certificate": ["sample_credentials"],
    "uid_matches_sample_placeholder": ["sample_credentials"],
    "token_truncated": ["decode_error"],
  ]

  /// Statements that forbid findings.
  static let forbids: [String: [String]] = [
    "not_expired_at_failure_time": ["token_expired", "privilege_expired"],
    "token_consistent_with_context": [
      "uid_mismatch", "channel_mismatch", "channel_mismatch_case_or_whitespace", "app_id_mismatch",
      "int_uid_join_cannot_match_account",
    ],
    "signature_not_checkable": ["signature_invalid"],
  ]

  static func lint(_ item: FixtureCase) -> (Inspection, [Finding])? {
    guard let input = item.string("input"), input.hasPrefix("007") else { return nil }
    let context = item.object("context")
    var certificates: [AppCertificate] = []
    if let certificate = context["certificate"] as? String {
      certificates.append(AppCertificate(secret: certificate, origin: "context certificate"))
    }
    var identity = ClientIdentity(appID: context["app_id"] as? String)
    identity.channel = context["channel"] as? String
    if let uid = context["uid"] as? Int, let value = UInt32(exactly: uid) { identity.uid = value }
    if let user = context["rtm_user_id"] as? String { identity.account = user }
    let inspection = Inspector(certificates: certificates, identity: identity).inspect(
      input, source: InputSource(file: "real-world.json", line: 1))
    let now = UInt64(context["failure_time"] as? Int ?? 0)
    return (
      inspection, Linter().lint(inspection, context: LintContext(now: now, identity: identity))
    )
  }

  static let decodable = cases.filter { item in
    guard let result = lint(item) else { return false }
    return result.0.error == nil
  }

  @Test("at least the 007 look-alikes decode")
  func someDecode() {
    let ids = Set(Self.decodable.map(\.id))
    #expect(ids.isSuperset(of: ["RW01", "RW02", "RW12", "RW15", "RW16", "RW17", "RW18"]))
  }

  @Test("diagnoses in scope produce their findings", arguments: decodable)
  func diagnosis(_ item: FixtureCase) throws {
    let (_, findings) = try #require(Self.lint(item))
    let names = Set(findings.map(\.name))
    let statements = item.object("expected")["diagnosis"] as? [String] ?? []
    for statement in statements {
      if let wanted = Self.calls[statement] {
        #expect(
          !names.isDisjoint(with: wanted),
          "\(statement) needs one of \(wanted); got \(names.sorted())")
      }
      if let forbidden = Self.forbids[statement] {
        #expect(
          names.isDisjoint(with: forbidden),
          "\(statement) forbids \(forbidden); got \(names.sorted())")
      }
    }
    let lint = (item.object("expected")["decoded"] as? [String: Any])?["lint"] as? [String]
    if let lint {
      let structural = Set(
        findings.filter { RuleRegistry.descriptor($0.code)?.structural == true }.map(\.name))
      #expect(structural.subtracting(["repaired_input"]) == Set(lint))
    }
  }

  @Test("RW01/RW02 report the uid kind in the uid findings")
  func uidKind() throws {
    for (id, phrase) in [("RW01", "UUID-shaped"), ("RW02", "not the wildcard")] {
      guard let item = Self.cases.first(where: { $0.id == id }), let (_, findings) = Self.lint(item)
      else {
        Issue.record("\(id) is missing from real-world.json or does not lint")
        continue
      }
      let messages = findings.filter { $0.name.contains("uid") }.map(\.message).joined(
        separator: " | ")
      #expect(messages.contains(phrase), "\(id): \(messages)")
    }
  }
}

/// Agora's published sample credentials, found in the reference repository's own tokens.
@Suite("sample credentials in reference tokens")
struct SampleCredentialTests {
  @Test(
    "the reference RTC token names the sample app id, uid and channel, and verifies with the sample certificate"
  )
  func referenceToken() throws {
    let token = try #require(
      LintFixtures.vectorToken("tokens-007.json", "ref007-10-python3-test-service-rtc"))
    let inspection = Inspector().inspect(token, source: InputSource(file: "-", line: 1))
    let findings = Linter().lint(inspection, context: LintContext(now: 0))
      .filter { $0.name == "sample_credentials" }
    let fields = Set(findings.map(\.field))
    #expect(
      fields == [
        .token(.appID), .token(.signature), .serviceField(0, .uid),
        .serviceField(0, .channelName),
      ])
  }

  @Test("RW12 says the builder got now + N")
  func issuePlusDuration() throws {
    let item = try #require(RealWorldLintTests.cases.first { $0.id == "RW12" })
    let (_, findings) = try #require(RealWorldLintTests.lint(item))
    let message = try #require(findings.first { $0.name == "expire_looks_absolute" }?.message)
    #expect(message.contains("now + "))
  }
}
