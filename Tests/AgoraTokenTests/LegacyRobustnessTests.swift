import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Cut and altered 006 and legacy tokens give typed errors or decode; nothing crashes.
@Suite("006 and legacy robustness")
struct LegacyRobustnessTests {
  static let inputs: [String] =
    Fixtures.cases("tokens-006.json").compactMap { $0["token"] as? String }
    + Fixtures.cases("tokens-legacy.json").compactMap { $0["key"] as? String }

  @Test("every prefix of every token decodes or throws a typed error")
  func prefixes() {
    for input in Self.inputs {
      let characters = Array(input)
      for length in 0...characters.count {
        let text = String(characters[0..<length])
        do {
          let decoded = try TokenDecoder.decode(text)
          _ = TokenVerifier.verify(
            decoded.token, certificates: [AppCertificate(secret: "x", origin: "t")],
            identity: ClientIdentity(channel: "c", uid: 1))
        } catch {
          #expect(!error.kind.rawValue.isEmpty)
        }
      }
    }
  }

  @Test("every single-character change decodes or throws a typed error")
  func substitutions() {
    for input in Self.inputs {
      let characters = Array(input)
      for index in characters.indices {
        for replacement: Character in ["A", "/", "0", "z", ":"] {
          var changed = characters
          changed[index] = replacement
          do {
            let decoded = try TokenDecoder.decode(String(changed))
            _ = IdentityComparison.compare(
              decoded.token, with: ClientIdentity(channel: "c", account: "a"))
          } catch {
            #expect(!error.kind.rawValue.isEmpty)
          }
        }
      }
    }
  }
}
