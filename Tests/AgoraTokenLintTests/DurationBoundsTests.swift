import AgoraToken
import AgoraTokenLint
import Testing

/// A leeway or window of any size judges without trapping: ``LintContext`` cuts both to
/// ``LintContext/maximumDuration``, and the parsers refuse more.
@Suite("leeway and window bounds")
struct DurationBoundsTests {
  static let token: String = {
    let certificate = AppCertificate(secret: "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f00", origin: "test")
    return
      (try? RtcTokenBuilder2.buildTokenWithUID(
        appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: certificate,
        channelName: "demo", uid: 42, role: .publisher, tokenExpire: 3_600,
        privilegeExpire: 600, options: BuildOptions(issueTs: 1_718_000_000, salt: 1))) ?? ""
  }()

  @Test("UInt64.max as leeway and window is cut, and every time rule still judges")
  func hugeValuesAreCut() {
    var context = LintContext(now: 253_402_300_799, leeway: .max, expiresWithin: .max)
    #expect(context.leeway == LintContext.maximumDuration)
    #expect(context.expiresWithin == LintContext.maximumDuration)
    context.leeway = .max
    context.expiresWithin = .max
    #expect(context.leeway == LintContext.maximumDuration)
    #expect(context.expiresWithin == LintContext.maximumDuration)
    let settings = InspectionSettings(now: 253_402_300_799, leeway: .max, expiresWithin: .max)
    let linted = InspectionPipeline(settings).inspect(
      Self.token, source: InputSource(file: "-", line: 1))
    let names = Set(linted.findings.map(\.name))
    // The leeway swallows every expiry; the window still sees the token end inside it.
    #expect(!names.contains("token_expired"))
    #expect(names.contains("expires_within"))
  }

  @Test("a duration past the bound is refused with the bound in the message")
  func parserRefuses() throws {
    #expect(try DurationText.seconds("253402300799") == LintContext.maximumDuration)
    #expect(throws: LintConfigurationError.self) { try DurationText.seconds("253402300800") }
    #expect(throws: LintConfigurationError.self) {
      try DurationText.seconds("18446744073709551615s")
    }
    do {
      _ = try DurationText.seconds("999999999999w")
      Issue.record("no error")
    } catch {
      #expect(error.message.contains("at most 253402300799 seconds"))
    }
  }

  @Test("a long value is described, not printed (a token taken for --expires-within=)")
  func longValueNotEchoed() {
    let token = String(repeating: "007eJxTYPh9", count: 10)
    do {
      _ = try DurationText.seconds(token)
      Issue.record("no error")
    } catch {
      #expect(!error.message.contains("007eJx"))
      #expect(error.message.contains("the value given (110 characters)"))
    }
  }

  @Test("within the leeway, AT205 and the diagnosis say the token is inside it, not expired")
  func windowWithinLeeway() throws {
    let end = UInt64(1_718_000_000 + 3_600)
    let settings = InspectionSettings(
      now: end + 50, context: DiagnosisContext(failureTime: end + 50), leeway: 100,
      expiresWithin: 0)
    let certificate = AppCertificate(secret: "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f00", origin: "test")
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: certificate,
      channelName: "demo", uid: 42, role: .publisher, tokenExpire: 3_600,
      options: BuildOptions(issueTs: 1_718_000_000, salt: 1))
    let linted = InspectionPipeline(settings).inspect(
      token, source: InputSource(file: "-", line: 1))
    let finding = try #require(linted.findings.first { $0.name == "expires_within" })
    #expect(finding.message.contains("is 50s past but within the leeway of 1m 40s"))
    #expect(!linted.findings.contains { $0.name == "token_expired" })
    let valid = try #require(
      linted.diagnosis.first { $0.statement == "not_expired_at_failure_time" })
    #expect(valid.message.contains("past but within the leeway of 1m 40s"))
  }
}
