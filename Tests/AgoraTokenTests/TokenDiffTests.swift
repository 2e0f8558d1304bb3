import AgoraTokenTestSupport
import Foundation
import Testing

@testable import AgoraToken

/// `TokenDiff` over pairs of vectors: equivalent with itself, field-by-field differences otherwise.
@Suite("token diff")
struct TokenDiffTests {
  static func token(_ file: String, _ id: String, key: String = "token") throws -> AnyToken {
    let vector = try #require(
      Fixtures.cases(file).map(FixtureCase.init).first { $0.id == id })
    return try TokenDecoder.decode(try #require(vector.string(key))).token
  }

  @Test("a token is equivalent to itself, of every version")
  func itself() throws {
    for (file, id, key) in [
      ("tokens-007.json", "p007-rtc-publisher-uid", "token"),
      ("tokens-006.json", "p006-rtm", "token"),
      ("tokens-legacy.json", "pleg-dk5-media-channel", "key"),
      ("tokens-legacy.json", "pleg-signaling", "key"),
    ] {
      let token = try Self.token(file, id, key: key)
      let diff = TokenDiff.compare(token, token)
      #expect(diff.isEquivalent, "\(id)")
      #expect(diff.differences.isEmpty, "\(id)")
    }
  }

  @Test("uid kind and privileges are listed; salt and signature are informational")
  func accountVersusUID() throws {
    let uid = try Self.token("tokens-006.json", "p006-rtc-publisher-uid")
    let account = try Self.token("tokens-006.json", "p006-rtc-account")
    let diff = TokenDiff.compare(uid, account)
    #expect(!diff.isEquivalent)
    let kind = try #require(diff.differences.first { $0.field == "RTC.uid_kind" })
    #expect(kind.left == "numeric uid")
    #expect(kind.right == "string account")
    #expect(kind.significant)
    #expect(diff.differences.first { $0.field == "salt" }?.significant == false)
    #expect(diff.differences.first { $0.field == "app_id" } == nil)
  }

  @Test("a 007 channel compares with a 006 channel CRC")
  func crossVersion() throws {
    let vectors = Fixtures.cases("tokens-007.json").map(FixtureCase.init)
    let rtc = try #require(
      vectors.first { vector in
        let services = vector.object("expected")["services"] as? [[String: Any]] ?? []
        return services.count == 1 && services.first?["channel_name"] as? String == "demo-channel"
      })
    let modern = try TokenDecoder.decode(try #require(rtc.string("token"))).token
    let old = try Self.token("tokens-006.json", "p006-rtc-unicode-channel")
    let diff = TokenDiff.compare(modern, old)
    #expect(diff.differences.contains { $0.field == "format" })
    let channel = try #require(diff.differences.first { $0.field == "RTC.crc_channel_name" })
    #expect(channel.left == String(Zlib.crc32(Array("demo-channel".utf8))))
    #expect(!diff.differences.contains { $0.field == "RTC.channel_name" })
  }
}
