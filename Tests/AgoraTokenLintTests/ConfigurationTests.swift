import AgoraToken
import AgoraTokenLint
import Testing

/// `.agtoken.toml` parsing.
@Suite("lint configuration")
struct ConfigurationTests {
  @Test("top-level and [lint] keys; [lint] wins")
  func parses() throws {
    let toml = """
      select = ["AT1", "token_expired"]
      fail_on = "info"
      [lint]
      ignore = "AT402, sample_credentials"
      fail_on = "warning"
      leeway = 30
      expires_within = "2h"
      expect_service = ["rtc", "RTM"]
      expect_privilege = "joinchannel"
      format = "sarif"
      """
    let configuration = try LintConfiguration.parse(toml: toml, origin: ".agtoken.toml")
    #expect(configuration.select == ["AT1", "token_expired"])
    #expect(configuration.ignore == ["AT402", "sample_credentials"])
    #expect(configuration.failOn == .warning)
    #expect(configuration.leeway == 30)
    #expect(configuration.expiresWithin == 7_200)
    #expect(configuration.expectServices == [.rtc, .rtm])
    #expect(configuration.expectPrivileges == ["joinChannel"])
    #expect(configuration.format == "sarif")
  }

  @Test("integer expires_within; empty file")
  func minimal() throws {
    #expect(
      try LintConfiguration.parse(toml: "expires_within = 600", origin: "x").expiresWithin == 600)
    #expect(try LintConfiguration.parse(toml: "", origin: "x") == LintConfiguration())
  }

  @Test(
    "invalid TOML, unknown keys and bad values are errors",
    arguments: [
      "select = [", "colour = 1", "fail_on = \"fatal\"", "leeway = -1", "expires_within = \"soon\"",
      "expect_service = [\"voice\"]", "expect_privilege = \"fly\"", "select = [1]", "lint = 3",
    ])
  func rejects(_ toml: String) {
    #expect(throws: LintConfigurationError.self) {
      try LintConfiguration.parse(toml: toml, origin: "x")
    }
  }
}
