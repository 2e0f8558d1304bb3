import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import Testing

/// The registry's shape: unique codes in order, category digits, names from the vectors README.
@Suite("rule registry")
struct RegistryTests {
  static let readmeNames = [
    "account_too_long", "app_id_not_hex32", "channel_name_empty", "channel_name_invalid_chars",
    "channel_name_too_long", "expire_looks_absolute", "expire_over_24h", "expire_zero",
    "no_privileges", "no_services", "privilege_looks_absolute", "privilege_over_24h",
    "privilege_zero", "publish_outlives_join", "repeated_service_type", "unknown_privilege",
    "unknown_service_type", "user_id_too_long",
  ]

  @Test("docs/lint.md lists every rule with its code, name and severity")
  func documented() throws {
    let page = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/lint.md")
    let text = try String(contentsOf: page, encoding: .utf8)
    for rule in RuleRegistry.descriptors {
      #expect(
        text.contains("| \(rule.code) | `\(rule.name)` | \(rule.severity.rawValue) |"),
        "\(rule.code) \(rule.name)")
    }
  }

  @Test("codes are AT + 3 digits, unique and sorted; the hundreds digit is the category")
  func codes() {
    let codes = RuleRegistry.descriptors.map(\.code)
    #expect(codes == codes.sorted())
    #expect(Set(codes).count == codes.count)
    let digit: [RuleCategory: Character] = [
      .structure: "1", .time: "2", .identity: "3", .signature: "4", .version: "5",
    ]
    for rule in RuleRegistry.descriptors {
      #expect(rule.code.count == 5 && rule.code.hasPrefix("AT"))
      let digits = rule.code.dropFirst(2).allSatisfy { $0.isNumber }
      #expect(digits)
      #expect(Array(rule.code)[2] == digit[rule.category], "\(rule.code) \(rule.category)")
    }
  }

  @Test("names are unique snake_case; texts and sources are filled in")
  func names() {
    let names = RuleRegistry.descriptors.map(\.name)
    #expect(Set(names).count == names.count)
    for rule in RuleRegistry.descriptors {
      let snake = rule.name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }
      #expect(snake, "\(rule.name)")
      #expect(!rule.summary.isEmpty && !rule.explanation.isEmpty && !rule.fix.isEmpty)
      #expect(rule.source.hasPrefix("https://"), "\(rule.name)")
    }
  }

  @Test(
    "every README lint name is a structural rule, and structural rules are exactly those plus two")
  func readmeNamesPresent() {
    let structural = Set(RuleRegistry.descriptors.filter(\.structural).map(\.name))
    #expect(structural == Set(Self.readmeNames + ["trailing_bytes", "repaired_input"]))
  }

  @Test("the issue's named rules exist with their severities")
  func namedRules() {
    let expected: [String: Severity] = [
      "privilege_zero": .info, "signature_not_checked": .info, "token_expired": .error,
      "signature_invalid": .error, "legacy_version": .warning, "token_not_yet_valid": .error,
      "privilege_expired": .error, "join_expires_before_token": .warning,
      "expires_within": .warning, "chat_lifetime_over_24h": .warning,
      "certificate_case_mismatch": .error, "sample_credentials": .warning,
      "trailing_bytes": .warning, "repaired_input": .warning,
    ]
    for (name, severity) in expected {
      #expect(RuleRegistry.descriptor(name)?.severity == severity, "\(name)")
    }
    #expect(RuleRegistry.descriptor("token_expired")?.agoraErrorCodes == [109])
    #expect(RuleRegistry.descriptor("signature_invalid")?.agoraErrorCodes == [110])
    #expect(RuleRegistry.descriptor("at201")?.name == "token_expired")
  }
}
