import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

/// The diagnosis statements of real-world.json: for every case, the inspection and context built
/// the way the CLI builds them give every statement of `expected.diagnosis`, and never two
/// statements that contradict each other.
@Suite("diagnosis over the real-world look-alikes")
struct DiagnosisTests {
  static let cases = Fixtures.cases("real-world.json").map(FixtureCase.init)

  /// Statements that must never appear together.
  static let contradictions: [(String, String)] = [
    ("expired_before_failure_time", "not_expired_at_failure_time"),
    ("issue_ts_after_failure_time", "not_expired_at_failure_time"),
    ("token_consistent_with_context", "join_uid_does_not_match_token"),
    ("token_consistent_with_context", "int_uid_join_cannot_match_account"),
    ("token_consistent_with_context", "channel_crc_mismatch"),
    ("token_consistent_with_context", "channel_matches_case_insensitively_only"),
    ("token_consistent_with_context", "rtm_user_id_does_not_match_token"),
    ("token_consistent_with_context", "account_crc_mismatch"),
    ("uid_is_wildcard", "uid_is_string_account"),
    ("uid_is_wildcard", "uid_is_string_zero_not_wildcard"),
    ("uid_is_wildcard", "uid_crc_has_no_numeric_preimage"),
    ("token_percent_encoded", "percent_encoded_twice"),
    ("signature_not_checkable", "signed_with_secondary_certificate"),
    ("signature_not_checkable", "certificate_letter_case_differs"),
    ("not_a_token_32_hex", "token_truncated"),
    ("channel_matches_case_insensitively_only", "channel_crc_mismatch"),
  ]

  /// Statements a case expects that the tool cannot derive yet, with the reason.
  static let knownGaps: [String: [String: String]] = [:]

  /// The context of a case, mapped as the CLI maps its flags.
  static func context(_ item: FixtureCase) -> DiagnosisContext {
    let json = item.object("context")
    var identity = ClientIdentity(
      appID: json["app_id"] as? String, channel: json["channel"] as? String)
    if let uid = json["uid"] as? Int {
      identity.uid = UInt32(exactly: uid)
    } else if let account = json["uid"] as? String {
      identity.account = account
    }
    var certificates: [AppCertificate] = []
    for key in ["certificate", "secondary_certificate"] {
      if let secret = json[key] as? String {
        certificates.append(AppCertificate(secret: secret, origin: key))
      }
    }
    let products: [String: DiagnosisContext.Product] = [
      "RTC": .rtc, "RTM": .rtm, "Chat": .chat, "Chat REST": .chatRest,
    ]
    let built = json["built_for"] as? [String: Any] ?? [:]
    var builtFor = DiagnosisContext.BuiltFor(
      channel: built["channel"] as? String, account: built["account"] as? String,
      rtmUserID: built["rtm_user_id"] as? String)
    if let uid = built["uid"] as? Int { builtFor.uid = UInt32(exactly: uid) }
    return DiagnosisContext(
      failureTime: (json["failure_time"] as? Int).map(UInt64.init), identity: identity,
      uidPassedAsString: json["uid_passed_as"] as? String == "string",
      rtmUserID: json["rtm_user_id"] as? String,
      product: (json["product"] as? String).flatMap { products[$0] }, builtFor: builtFor,
      builtOnClient: (json["token_built_by"] as? String)?.hasPrefix("client app") == true,
      certificates: certificates)
  }

  /// The statements agtoken makes for a case.
  static func diagnose(_ item: FixtureCase) -> [String] {
    let context = context(item)
    let input = item.string("input") ?? ""
    let pipeline = InspectionPipeline(
      InspectionSettings(
        now: context.failureTime ?? 0, certificates: context.certificates, context: context))
    return pipeline.inspect(input, source: InputSource(file: "real-world.json", line: 1))
      .diagnosis.map(\.statement)
  }

  @Test(
    "the pipeline's signature verdict is the case's signature_valid (006: built-for identity first)",
    arguments: cases.filter { $0.object("expected")["signature_valid"] is Bool })
  func signatureVerdict(_ item: FixtureCase) {
    let context = Self.context(item)
    let pipeline = InspectionPipeline(
      InspectionSettings(
        now: context.failureTime ?? 0, certificates: context.certificates, context: context))
    let judged = pipeline.inspect(
      item.string("input") ?? "", source: InputSource(file: "real-world.json", line: 1))
    let signature = judged.inspection.afterFix?.signature ?? judged.inspection.signature
    // `signature_valid` is the primary certificate's verdict; `signature_checks` names the
    // certificate (primary or secondary) that verifies, and the pipeline is given both.
    // Variants such as `certificate_lowercased` are not given to the pipeline.
    let checks = (item.object("expected")["signature_checks"] as? [String: Bool])?.filter {
      ["certificate", "secondary_certificate"].contains($0.key)
    }
    let valid =
      checks.map { $0.values.contains(true) }
      ?? (item.object("expected")["signature_valid"] as? Bool == true)
    if let checks, valid {
      #expect(checks[signature.matchedOrigin ?? ""] == true, "\(item.id)")
    }
    #expect(signature.status == (valid ? SignatureCheck.Status.valid : .invalid), "\(item.id)")
    if valid { #expect(!judged.findings.contains { $0.name == "signature_invalid" }) }
  }

  /// The statements that name a cause outside the token.
  static let outsideCauses: Set<String> = [
    "console_certificate_not_enabled", "token_not_reaching_request", "strict_token_permission_off",
    "client_clock_skewed",
  ]

  @Test("causes outside the token are named only when the token explains nothing", arguments: cases)
  func outsideCausesAlone(_ item: FixtureCase) {
    let made = Set(Self.diagnose(item))
    guard !made.isDisjoint(with: Self.outsideCauses) else { return }
    let inToken = made.subtracting(Self.outsideCauses).subtracting([
      "token_consistent_with_context", "not_expired_at_failure_time", "uid_is_wildcard",
      "privilege_expiry_zero", "token_built_on_client",
    ])
    #expect(inToken.isEmpty, "\(item.id): \(inToken.sorted()) beside outside causes")
    #expect(made.contains("token_consistent_with_context"), "\(item.id)")
  }

  @Test("RW17 and RW18 name their certificate cause and no outside cause")
  func certificateCausesHaveNoOutsideCause() throws {
    for id in ["RW17", "RW18"] {
      let item = try #require(Self.cases.first { $0.id == id })
      #expect(Set(Self.diagnose(item)).isDisjoint(with: Self.outsideCauses), "\(id)")
    }
  }

  @Test("all 19 cases are present")
  func present() { #expect(Self.cases.count == 19) }

  @Test("every expected statement is made", arguments: cases)
  func expected(_ item: FixtureCase) {
    let made = Set(Self.diagnose(item))
    let gaps = Self.knownGaps[item.id] ?? [:]
    for statement in item.object("expected")["diagnosis"] as? [String] ?? [] {
      if let reason = gaps[statement] {
        withKnownIssue(Comment(rawValue: reason)) {
          #expect(made.contains(statement), "\(item.id): \(statement)")
        }
      } else {
        #expect(made.contains(statement), "\(item.id): \(statement); made \(made.sorted())")
      }
    }
  }

  @Test("no two statements contradict each other", arguments: cases)
  func noContradiction(_ item: FixtureCase) {
    let made = Set(Self.diagnose(item))
    for (one, other) in Self.contradictions {
      #expect(!(made.contains(one) && made.contains(other)), "\(item.id): \(one) and \(other)")
    }
  }

  @Test("every statement made is in the vocabulary, once", arguments: cases)
  func vocabulary(_ item: FixtureCase) {
    let made = Self.diagnose(item)
    #expect(Set(made).isSubset(of: Diagnoser.vocabulary))
    #expect(Set(made).count == made.count)
  }

  @Test("without context only facts of the token are stated")
  func noContext() throws {
    let item = try #require(Self.cases.first { $0.id == "RW01" })
    let inspection = Inspector().inspect(
      item.string("input") ?? "", source: InputSource(file: "-", line: 1))
    let made = Diagnoser().diagnose(inspection, context: DiagnosisContext()).map(\.statement)
    #expect(made == ["uid_is_string_account"])
  }

  @Test("the sample certificate and App ID are recognised in Agora's reference token")
  func sample() throws {
    let token = try #require(
      LintFixtures.vectorToken("tokens-007.json", "ref007-10-python3-test-service-rtc"))
    let inspection = Inspector().inspect(token, source: InputSource(file: "-", line: 1))
    let made = Set(
      Diagnoser().diagnose(inspection, context: DiagnosisContext()).map(\.statement))
    #expect(
      made.isSuperset(of: [
        "app_id_is_sample_placeholder", "signature_valid_with_sample_certificate",
        "uid_matches_sample_placeholder",
      ]))
  }

  @Test("a publisher token without publish privileges is named when the role is known")
  func noPublish() throws {
    let item = try #require(Self.cases.first { $0.id == "RW17" })
    var context = Self.context(item)
    context.builtFor.role = .publisher
    let inspection = Inspector(certificates: context.certificates, identity: context.identity)
      .inspect(item.string("input") ?? "", source: InputSource(file: "-", line: 1))
    let made = Diagnoser().diagnose(inspection, context: context).map(\.statement)
    #expect(made.contains("no_publish_privileges"))
  }
}
