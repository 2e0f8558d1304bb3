import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

/// Time rules for 006 tokens (absolute `ts` and privilege values) and legacy keys (`expired_ts`).
@Suite("time rules for 006 and legacy tokens")
struct Lint006TimeTests {
  typealias T = Token006Fixtures
  static let ts = UInt64(Token006Fixtures.ts)

  @Test("token_expired fires at ts, not before; leeway postpones it")
  func expired006() throws {
    let text = try T.text()
    #expect(!T.names(text, now: Self.ts - 1).contains("token_expired"))
    let finding = try #require(T.findings("token_expired", text, now: Self.ts).first)
    #expect(finding.field == .token(.ts))
    #expect(finding.value == .number(Self.ts))
    #expect(finding.unit == .unixTime)
    #expect(finding.code == "AT201")
    #expect(!T.names(text, now: Self.ts + 29) { $0.leeway = 30 }.contains("token_expired"))
    #expect(T.names(text, now: Self.ts + 30) { $0.leeway = 30 }.contains("token_expired"))
  }

  @Test(
    "token_expired fires for legacy keys at expired_ts, not before",
    arguments: ["pleg-dk5-media-channel", "pleg-dk4-media-channel", "pleg-dk3", "pleg-dk2"])
  func expiredLegacy(_ id: String) throws {
    let vector = try #require(
      Fixtures.cases("tokens-legacy.json").first { $0["id"] as? String == id })
    let key = try #require(vector["key"] as? String)
    let inputs = try #require(vector["inputs"] as? [String: Any])
    let expired = UInt64(try #require(inputs["expired_ts"] as? Int))
    let inspection = Inspector().inspect(key, source: InputSource(file: "-", line: 1))
    #expect(inspection.error == nil)
    func names(_ now: UInt64) -> [String] {
      Linter().lint(inspection, context: LintContext(now: now)).map(\.name)
    }
    #expect(!names(expired - 1).contains("token_expired"))
    #expect(names(expired).contains("token_expired"))
    let finding = try #require(
      Linter().lint(inspection, context: LintContext(now: expired)).first {
        $0.name == "token_expired"
      })
    #expect(finding.field == .token(.expiredTs))
  }

  @Test("token_expired fires for a signaling token past expired_ts")
  func expiredSignaling() throws {
    let vector = try #require(
      Fixtures.cases("tokens-legacy.json").first { $0["id"] as? String == "pleg-signaling" })
    let key = try #require(vector["key"] as? String)
    let expired = UInt64(
      try #require((vector["inputs"] as? [String: Any])?["expired_ts"] as? Int))
    let inspection = Inspector().inspect(key, source: InputSource(file: "-", line: 1))
    #expect(
      Linter().lint(inspection, context: LintContext(now: expired)).contains {
        $0.name == "token_expired"
      })
    #expect(
      !Linter().lint(inspection, context: LintContext(now: expired - 1)).contains {
        $0.name == "token_expired"
      })
  }

  @Test("a legacy key with expired_ts 0, or none at all, never expires")
  func legacyWithoutExpiry() throws {
    let key = TextDynamicKey(
      kind: .dk4, signature: String(repeating: "a", count: 40), appID: T.appID,
      unixTs: 1_400_000_000, randomHex: "0badf00d", expiredTs: 0)
    let noExpiry = Inspection(
      source: InputSource(file: "-", line: 1), text: "004-test",
      decoded: DecodedToken(token: .legacy(.textKey(key))))
    #expect(
      !Linter().lint(noExpiry, context: LintContext(now: 4_000_000_000, expiresWithin: 600))
        .contains { $0.name == "token_expired" || $0.name == "expires_within" })
    let dk1Key = try #require(
      Fixtures.cases("tokens-legacy.json").first { $0["id"] as? String == "pleg-dk1" }?["key"]
        as? String)
    let inspection = Inspector().inspect(dk1Key, source: InputSource(file: "-", line: 1))
    #expect(
      !Linter().lint(inspection, context: LintContext(now: 4_000_000_000)).contains {
        $0.name == "token_expired"
      })
  }

  @Test("privilege_expired fires for a past non-zero 006 privilege while ts is valid; 0 never")
  func privilegeExpired006() throws {
    let text = try T.text(privileges: [(1, T.ts - 7_200), (2, 0)])
    let findings = T.findings("privilege_expired", text, now: Self.ts - 3_600)
    #expect(findings.map(\.field) == [.privilege006(1)])
    #expect(findings.first?.message.contains("joinChannel") == true)
    #expect(T.findings("privilege_expired", text, now: Self.ts - 7_201).isEmpty)
    // Once the token has expired, token_expired reports it instead.
    #expect(T.findings("privilege_expired", text, now: Self.ts).isEmpty)
  }

  @Test("token_not_yet_valid never fires for 006: it has no issue time")
  func notYetValid006() throws {
    let text = try T.text()
    #expect(!T.names(text, now: Self.ts - 30 * 86_400).contains("token_not_yet_valid"))
  }

  @Test("expires_within fires for 006 ts inside the window, not outside")
  func expiresWithin006() throws {
    let text = try T.text()
    let inside = T.names(text, now: Self.ts - 300) { $0.expiresWithin = 600 }
    #expect(inside.contains("expires_within"))
    let outside = T.names(text, now: Self.ts - 601) { $0.expiresWithin = 600 }
    #expect(!outside.contains("expires_within"))
  }

  @Test("expires_within fires for a legacy expired_ts inside the window")
  func expiresWithinLegacy() throws {
    let vector = try #require(
      Fixtures.cases("tokens-legacy.json").first { $0["id"] as? String == "pleg-dk4-media-channel" }
    )
    let key = try #require(vector["key"] as? String)
    let expired = UInt64(
      try #require((vector["inputs"] as? [String: Any])?["expired_ts"] as? Int))
    let inspection = Inspector().inspect(key, source: InputSource(file: "-", line: 1))
    func names(_ now: UInt64) -> [String] {
      Linter().lint(inspection, context: LintContext(now: now, expiresWithin: 600)).map(\.name)
    }
    #expect(names(expired - 600).contains("expires_within"))
    #expect(!names(expired - 601).contains("expires_within"))
  }

  @Test("join_expires_before_token never fires for 006: ts is build time + 24 h, not a lifetime")
  func joinBeforeToken006() throws {
    // Agora's 006 builders set ts = now + 86400 and privileges to the (earlier) expiry asked for.
    for value in [0, T.ts - 82_800, T.ts - 600, T.ts] {
      let text = try T.text(privileges: [(1, value)])
      #expect(T.findings("join_expires_before_token", text, now: Self.ts - 3_600).isEmpty)
    }
  }
}
