import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// 007 identity comparisons: exact text, case/whitespace variants named, the uid-0 wildcard.
@Suite("007 identity comparisons")
struct Identity007Tests {
  static func rtc(uid: String) throws -> AnyToken? {
    for vector in Fixtures.cases("tokens-007.json").map(FixtureCase.init) {
      let services = vector.object("expected")["services"] as? [[String: Any]] ?? []
      if services.count == 1, services.first?["name"] as? String == "RTC",
        services.first?["uid"] as? String == uid, let text = vector.string("token")
      {
        return try TokenDecoder.decode(text).token
      }
    }
    return nil
  }

  static func channel(_ token: AnyToken) -> String {
    guard case .accessToken2(let token) = token,
      case .rtc(let channel, _) = token.services.first?.fields
    else { return "" }
    return channel
  }

  @Test("a channel in another letter case is named as the matching variant")
  func channelVariant() throws {
    let token = try #require(try Self.rtc(uid: ""))
    let channel = Self.channel(token)
    let checks = IdentityComparison.compare(
      token, with: ClientIdentity(channel: " " + channel.uppercased() + " ", uid: 5))
    let check = try #require(checks.first { $0.field == "channel_name" })
    if channel.uppercased() != channel {
      #expect(!check.matches)
      #expect(check.matchingVariant == channel)
    }
    #expect(checks.first { $0.field == "uid" }?.matches == true)
  }

  @Test("the empty uid matches any integer uid; an account does not match a numeric uid")
  func wildcard() throws {
    let token = try #require(try Self.rtc(uid: ""))
    for uid: UInt32 in [0, 1, 4_294_967_295] {
      #expect(
        IdentityComparison.compare(token, with: ClientIdentity(uid: uid)).first?.matches == true)
    }
    let candidates =
      Fixtures.cases("tokens-007.json").map(FixtureCase.init).compactMap { vector -> AnyToken? in
        let services = vector.object("expected")["services"] as? [[String: Any]] ?? []
        guard services.count == 1, let uid = services.first?["uid"] as? String, UInt32(uid) != nil,
          !uid.hasPrefix("0"), let text = vector.string("token")
        else { return nil }
        return try? TokenDecoder.decode(text).token
      }
    let numeric = try #require(candidates.first)
    guard case .accessToken2(let decoded) = numeric,
      case .rtc(_, let uid) = decoded.services[0].fields
    else {
      Issue.record("the token is not of the version this test is about")
      return
    }
    #expect(
      IdentityComparison.compare(numeric, with: ClientIdentity(uid: UInt32(uid))).first?.matches
        == true)
    #expect(
      IdentityComparison.compare(numeric, with: ClientIdentity(uid: 0)).first?.matches == false)
  }

  @Test("the app id is compared, and a case-only difference is named")
  func appID() throws {
    let token = try #require(try Self.rtc(uid: ""))
    let checks = IdentityComparison.compare(
      token, with: ClientIdentity(appID: token.appID.uppercased()))
    let check = try #require(checks.first { $0.field == "app_id" })
    #expect(check.matches == (token.appID.uppercased() == token.appID))
  }
}
