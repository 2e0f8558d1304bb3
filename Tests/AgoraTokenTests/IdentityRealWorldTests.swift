import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// The `identity_checks` of real-world.json: each identity compared with the token gives the expected
/// matches (006: per CRC and signature; 007: channel, uid, user id), and the 006 facts
/// (`uid_crc_numeric_preimages`, variants the tool finds by itself) come out as listed.
@Suite("identity checks over the real-world look-alikes")
struct IdentityRealWorldTests {
  static let cases = Fixtures.cases("real-world.json").map(FixtureCase.init).filter {
    !(($0.object("expected")["identity_checks"] as? [Any]) ?? []).isEmpty
  }

  /// The token the identity checks refer to: the repaired or fixed token where the input needs one.
  static func token(_ vector: FixtureCase) -> String? {
    let expected = vector.object("expected")
    if let fixed = (expected["after_fix"] as? [String: Any])?["token"] as? String { return fixed }
    return expected["repaired_token"] as? String ?? vector.string("input")
  }

  /// Maps an identity entry: `uid` "" is the integer 0, a plain decimal is a uid, anything else an account.
  static func identity(_ entry: [String: Any]) -> ClientIdentity {
    var identity = ClientIdentity(channel: entry["channel_name"] as? String)
    if let user = entry["user_id"] as? String { identity.account = user }
    if let uid = entry["uid"] as? String {
      if uid.isEmpty {
        identity.uid = 0
      } else if let number = UInt32(uid), !uid.hasPrefix("0") {
        identity.uid = number
      } else {
        identity.account = uid
      }
    }
    return identity
  }

  @Test("the cases are present")
  func present() { #expect(Self.cases.count >= 14) }

  @Test("each identity gives the expected matches", arguments: cases)
  func identityChecks(_ vector: FixtureCase) throws {
    let decoded = try TokenDecoder.decode(try #require(Self.token(vector)))
    let context = vector.object("context")
    let certificates =
      (context["certificate"] as? String).map {
        [AppCertificate(secret: $0, origin: "context")]
      } ?? []
    for entry in vector.object("expected")["identity_checks"] as? [[String: Any]] ?? [] {
      let identity = Self.identity(entry)
      let checks = IdentityComparison.compare(decoded.token, with: identity)
      let source = entry["source"] as? String ?? "?"
      func matches(_ field: String) -> Bool? { checks.first(where: { $0.field == field })?.matches }
      if let want = entry["crc_channel_name_matches"] as? Bool {
        #expect(matches("crc_channel_name") == want, "\(source) crc_channel_name")
      }
      if let want = entry["crc_uid_matches"] as? Bool {
        #expect(matches("crc_uid") == want, "\(source) crc_uid")
      }
      if let want = entry["signature_matches"] as? Bool {
        let check = TokenVerifier.verify(
          decoded.token, certificates: certificates, identity: identity)
        #expect((check.status == .valid) == want, "\(source) signature")
      }
      if let want = entry["channel_name_matches"] as? Bool {
        #expect(matches("channel_name") == want, "\(source) channel_name")
      }
      if let want = entry["uid_matches"] as? Bool {
        #expect(matches("uid") == want, "\(source) uid")
      }
      if let want = entry["user_id_matches"] as? Bool {
        #expect(matches("user_id") == want, "\(source) user_id")
      }
    }
  }

  @Test(
    "006 numeric uid preimages",
    arguments: cases.filter {
      $0.object("expected")["uid_crc_numeric_preimages"] != nil
    })
  func preimages(_ vector: FixtureCase) throws {
    let decoded = try TokenDecoder.decode(try #require(Self.token(vector)))
    guard case .accessToken006(let token) = decoded.token else {
      Issue.record("not a 006 token")
      return
    }
    let want = vector.object("expected")["uid_crc_numeric_preimages"] as? [String] ?? []
    #expect(AccessToken006Facts(token).numericUIDPreimages?.map(String.init) == want)
  }

  @Test("a 006 channel that matches only in another letter case is found and named")
  func channelVariant() throws {
    let vector = try #require(Self.cases.first { $0.id == "RW06" })
    let decoded = try TokenDecoder.decode(try #require(Self.token(vector)))
    let entries = vector.object("expected")["identity_checks"] as? [[String: Any]] ?? []
    let join = Self.identity(try #require(entries.first { $0["source"] as? String == "join" }))
    let variant = try #require(entries.first { $0["source"] as? String == "variant" })
    let check = try #require(
      IdentityComparison.compare(decoded.token, with: join).first {
        $0.field == "crc_channel_name"
      })
    #expect(check.matchingVariant == variant["channel_name"] as? String)
    let certificate = try #require(vector.object("context")["certificate"] as? String)
    let signature = TokenVerifier.verify(
      decoded.token, certificates: [AppCertificate(secret: certificate, origin: "c")],
      identity: join)
    #expect(signature.status == .invalid)
    #expect(
      signature.verifiesWithVariant?.contains("'\(variant["channel_name"] as? String ?? "")'")
        == true)
  }

  @Test("an RTM 006 token built for user \"0\" with a non-empty uid slot is explained")
  func rtmUserZero() throws {
    let vector = try #require(Self.cases.first { $0.id == "RW08" })
    let decoded = try TokenDecoder.decode(try #require(Self.token(vector)))
    guard case .accessToken006(let token) = decoded.token else {
      Issue.record("the token is not of the version this test is about")
      return
    }
    let facts = AccessToken006Facts(token)
    #expect(facts.channelSlotIsStringZero)
    #expect(facts.uidSlotIsStringZero)
    #expect(!facts.uidIsWildcard)
    #expect(facts.layout == "rtc+rtm")
    let user = try #require(vector.object("context")["rtm_user_id"] as? String)
    let certificate = try #require(vector.object("context")["certificate"] as? String)
    let signature = TokenVerifier.verify(
      decoded.token, certificates: [AppCertificate(secret: certificate, origin: "c")],
      identity: ClientIdentity(account: user))
    #expect(signature.status == .invalid)
    #expect(signature.verifiesWithVariant != nil)
  }

  @Test("an RTC 006 token says it carries no RTM login")
  func rtcForRTM() throws {
    let vector = try #require(Self.cases.first { $0.id == "RW19" })
    let decoded = try TokenDecoder.decode(try #require(Self.token(vector)))
    guard case .accessToken006(let token) = decoded.token else {
      Issue.record("the token is not of the version this test is about")
      return
    }
    let facts = AccessToken006Facts(token)
    #expect(facts.layout == "rtc")
    #expect(facts.notes.contains { $0.contains("no RTM login") })
    let join = try #require(Self.cases.first { $0.id == "RW06" })
    guard
      case .accessToken006(let noJoin) = try TokenDecoder.decode(try #require(Self.token(join)))
        .token
    else {
      Issue.record("the token is not of the version this test is about")
      return
    }
    #expect(AccessToken006Facts(noJoin).notes.contains { $0.contains("no joinChannel") })
  }
}
