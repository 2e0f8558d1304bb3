import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Pristine tokens of every version are never reported as repaired, and common wrappings of them
/// repair back to exactly the token.
@Suite("Repair pipeline on pristine tokens")
struct RepairPristineTests {
  static let tokens: [String] =
    Fixtures.cases("tokens-007.json").compactMap { $0["token"] as? String }
    + Fixtures.cases("tokens-006.json").compactMap { $0["token"] as? String }
    + Fixtures.cases("tokens-legacy.json").compactMap { $0["key"] as? String }

  @Test("the vectors are present")
  func vectorsLoad() {
    #expect(Self.tokens.count == 77 + 14 + 29)
  }

  @Test("no repair applies to a pristine token")
  func pristine() {
    for token in Self.tokens {
      let result = InputRepair.repair(token)
      #expect(result.repairs.map(\.name) == [], "\(token.prefix(12))")
      #expect(result.text == token)
    }
  }

  @Test("wrapped tokens repair back to exactly the token, with the repairs named")
  func wrapped() {
    for token in Self.tokens where token.hasPrefix("007") || token.hasPrefix("006") {
      let encoded = token.replacingOccurrences(of: "+", with: "%2B")
        .replacingOccurrences(of: "/", with: "%2F").replacingOccurrences(of: "=", with: "%3D")
      let url = "https://example.com/call?room=1&rtcToken=\(encoded)#top"
      let quoted = InputRepair.repair("  \u{201C}\(url)\u{201D}\r\n")
      #expect(quoted.text == token)
      #expect(
        quoted.repairs.map(\.name) == ["trim_whitespace", "strip_quotes", "extract_from_url"])
      let urlSafe = token.replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
      let expected =
        (token.contains("+") || token.contains("/") ? ["url_safe_alphabet"] : [])
        + (token.hasSuffix("=") ? ["add_padding"] : [])
      let result = InputRepair.repair(urlSafe)
      #expect(result.text == token)
      #expect(result.repairs.map(\.name) == expected)
    }
  }
}
