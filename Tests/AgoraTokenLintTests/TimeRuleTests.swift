import AgoraToken
import AgoraTokenLint
import Foundation
import Testing

/// Time rules at fixed instants around the token's issue and expiry times, with leeway.
@Suite("time rules at a fixed now")
struct TimeRuleTests {
  typealias F = LintFixtures
  static let issued = UInt64(LintFixtures.issueTs)
  static let expires = issued + 3_600

  func names(
    now: UInt64, leeway: UInt64 = 0, within: UInt64? = nil, token: AccessToken2 = F.token()
  )
    -> [String]
  {
    Linter().lint(
      F.inspection(token), context: LintContext(now: now, leeway: leeway, expiresWithin: within)
    ).map(\.name)
  }

  @Test("token_expired at and after issue_ts + expire, not before; leeway postpones it")
  func expired() {
    #expect(!names(now: Self.expires - 1).contains("token_expired"))
    #expect(names(now: Self.expires).contains("token_expired"))
    #expect(!names(now: Self.expires + 29, leeway: 30).contains("token_expired"))
    #expect(names(now: Self.expires + 30, leeway: 30).contains("token_expired"))
  }

  @Test("token_not_yet_valid beyond the leeway only")
  func notYetValid() {
    #expect(!names(now: Self.issued).contains("token_not_yet_valid"))
    #expect(names(now: Self.issued - 1).contains("token_not_yet_valid"))
    #expect(!names(now: Self.issued - 300, leeway: 300).contains("token_not_yet_valid"))
    #expect(names(now: Self.issued - 301, leeway: 300).contains("token_not_yet_valid"))
  }

  @Test("privilege_expired only while the token is valid; 0 never expires on its own")
  func privilegeExpired() {
    let token = F.token {
      $0.services[0].privileges = [Privilege(id: 1, value: 600), Privilege(id: 2, value: 0)]
    }
    #expect(!names(now: Self.issued + 599, token: token).contains("privilege_expired"))
    let findings = Linter().lint(F.inspection(token), context: LintContext(now: Self.issued + 600))
    #expect(
      findings.filter { $0.name == "privilege_expired" }.map(\.field) == [
        .privilege(service: 0, id: 1)
      ])
    #expect(!names(now: Self.expires, token: token).contains("privilege_expired"))
  }

  @Test("join_expires_before_token until join has expired")
  func joinBeforeToken() {
    let token = F.token { $0.services[0].privileges = [Privilege(id: 1, value: 600)] }
    #expect(names(now: Self.issued, token: token).contains("join_expires_before_token"))
    #expect(!names(now: Self.issued + 600, token: token).contains("join_expires_before_token"))
    #expect(!names(now: Self.issued).contains("join_expires_before_token"))
  }

  @Test("expires_within like openssl -checkend")
  func expiresWithin() {
    #expect(!names(now: Self.issued, within: 3_599).contains("expires_within"))
    #expect(names(now: Self.issued, within: 3_600).contains("expires_within"))
    #expect(!names(now: Self.issued).contains("expires_within"))
    // An expired token expires within any window (issue 18): at the expiry and long after it.
    #expect(names(now: Self.expires, within: 3_600).contains("expires_within"))
    #expect(names(now: Self.expires + 86_400, within: 60).contains("expires_within"))
  }

  @Test("durations: 3600, 90s, 15m, 2h, 1d; garbage is an error")
  func durations() throws {
    #expect(try DurationText.seconds("3600") == 3_600)
    #expect(try DurationText.seconds("90s") == 90)
    #expect(try DurationText.seconds("15m") == 900)
    #expect(try DurationText.seconds("2h") == 7_200)
    #expect(try DurationText.seconds("1d") == 86_400)
    for bad in ["", "h", "-5", "1.5h", "2y", "99999999999999999999d"] {
      #expect(throws: LintConfigurationError.self) { try DurationText.seconds(bad) }
    }
  }
}
