import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Testing

/// Lint and diagnosis judge the same facts, so for no input and no time do they contradict each
/// other: an error-level time finding never stands beside "expiry is not the cause", an
/// identity error never beside "the token matches the context", a signature checked and found
/// invalid never beside "the signature could not be checked".
@Suite("One judgment: lint and diagnosis never disagree")
struct OneJudgmentTests {
  /// Every input of every fixture file, with the certificate it was signed with when known.
  static let inputs: [JudgedInput] = {
    var result: [JudgedInput] = []
    for file in ["tokens-007.json", "tokens-006.json", "tokens-legacy.json"] {
      for item in Fixtures.cases(file) {
        guard let token = item["token"] as? String ?? item["key"] as? String else { continue }
        let id = item["id"] as? String ?? "?"
        let identity = ClientIdentity(
          channel: item["channel_name"] as? String,
          uid: (item["uid"] as? Int).flatMap(UInt32.init(exactly:)))
        result.append(
          JudgedInput(
            id: id, text: token, certificate: item["app_certificate"] as? String, identity: identity
          ))
        if let wrong = item["wrong_certificate"] as? String {
          result.append(
            JudgedInput(
              id: id + " wrong certificate", text: token, certificate: wrong, identity: identity))
        }
      }
    }
    for item in Fixtures.cases("malformed.json") {
      result.append(
        JudgedInput(
          id: item["id"] as? String ?? "?", text: item["input"] as? String ?? "",
          certificate: item["app_certificate"] as? String, identity: ClientIdentity()))
    }
    for item in Fixtures.cases("real-world.json") {
      let context = item["context"] as? [String: Any] ?? [:]
      let identity = ClientIdentity(
        appID: context["app_id"] as? String, channel: context["channel"] as? String,
        uid: (context["uid"] as? Int).flatMap(UInt32.init(exactly:)),
        account: context["account"] as? String)
      result.append(
        JudgedInput(
          id: item["id"] as? String ?? "?", text: item["input"] as? String ?? "",
          certificate: context["app_certificate"] as? String, identity: identity))
    }
    return result
  }()

  /// Times to judge at: before issue, within the first hour, a day and an hour after issue, a week
  /// after issue, and an hour after the token's own expiry.
  static func times(_ input: JudgedInput) -> [UInt64] {
    let pipeline = InspectionPipeline(InspectionSettings(now: 0))
    let decoded = pipeline.inspect(input.text, source: InputSource(file: "t", line: 1))
      .inspection.decoded
    let issue: UInt64
    let expiry: UInt64
    switch decoded?.token {
    case .accessToken2(let token)?:
      issue = UInt64(token.issueTs)
      expiry = token.expiresAt
    case .accessToken006(let token)?:
      issue = token.issuedAtEstimate
      expiry = token.expiresAt
    default:
      return [1_700_000_000]
    }
    return [
      issue > 3600 ? issue - 3600 : 0, issue + 60, issue + 90_000, issue + 7 * 86_400,
      expiry + 3600,
    ]
  }

  @Test("no contradiction at any time", arguments: inputs)
  func consistent(_ input: JudgedInput) {
    for now in Self.times(input) {
      let settings = InspectionSettings(
        now: now,
        certificates: input.certificate.map { [AppCertificate(secret: $0, origin: "test")] } ?? [],
        context: DiagnosisContext(failureTime: now, identity: input.identity))
      let judged = InspectionPipeline(settings).inspect(
        input.text, source: InputSource(file: "t", line: 1))
      let statements = Set(judged.diagnosis.map(\.statement))
      let errors = judged.findings.filter { $0.severity == .error }
      let where_ = "\(input.id) at \(now)"
      if errors.contains(where: { $0.code.hasPrefix("AT2") }) {
        #expect(!statements.contains("not_expired_at_failure_time"), "\(where_)")
      }
      if errors.contains(where: { $0.code.hasPrefix("AT3") }) {
        #expect(!statements.contains("token_consistent_with_context"), "\(where_)")
      }
      // A rejected input's after-fix token is diagnosed but not linted: only a decoded one counts.
      if statements.contains("expired_before_failure_time"), judged.inspection.decoded != nil {
        #expect(errors.contains { $0.code.hasPrefix("AT2") }, "\(where_)")
      }
      if errors.contains(where: { $0.name == "signature_invalid" }) {
        #expect(!statements.contains("signature_not_checkable"), "\(where_)")
        #expect(!statements.contains("signed_with_secondary_certificate"), "\(where_)")
      }
      if judged.inspection.signature.status == .valid {
        #expect(!errors.contains { $0.code.hasPrefix("AT40") && $0.name == "signature_invalid" })
      }
    }
  }

  @Test("every fixture file contributes inputs")
  func coverage() {
    #expect(Self.inputs.count >= 77 + 14 + 29 + 43 + 19)
  }
}

/// One input of the consistency table.
struct JudgedInput: Sendable, CustomStringConvertible {
  let id: String
  let text: String
  let certificate: String?
  let identity: ClientIdentity
  var description: String { id }
}
