import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Every vector in tokens-legacy.json decodes to its `expected` fields and verifies as it says.
@Suite("legacy keys over the vectors")
struct LegacyTokenTests {
  static let vectors = Fixtures.cases("tokens-legacy.json").map(FixtureCase.init)

  @Test("the vectors are present")
  func vectorsLoad() { #expect(Self.vectors.count == 29) }

  @Test("decodes to the expected fields", arguments: vectors)
  func decodes(_ vector: FixtureCase) throws {
    let expected = vector.object("expected")
    let decoded = try TokenDecoder.decode(try #require(vector.string("key")))
    guard case .legacy(let token) = decoded.token else {
      Issue.record("not a legacy key")
      return
    }
    #expect(token.kind == vector.string("kind"))
    #expect(token.version == expected["version"] as? String)
    #expect(token.appID == expected["app_id"] as? String)
    #expect(token.expiredTs.map(Int.init) == expected["expired_ts"] as? Int)
    #expect(token.unixTs.map(Int.init) == expected["unix_ts"] as? Int)
    switch token {
    case .dynamicKey5(let key):
      #expect(Int(key.serviceType) == expected["service_type"] as? Int)
      #expect(key.serviceName == expected["service"] as? String)
      #expect(key.signature == expected["signature"] as? String)
      #expect(Int(key.salt) == expected["salt"] as? Int)
      let extra = Dictionary(uniqueKeysWithValues: key.extra.map { (String($0.key), $0.value) })
      #expect(extra == (expected["extra"] as? [String: String] ?? [:]))
    case .textKey(let key):
      #expect(key.signature == expected["signature"] as? String)
      #expect(key.randomHex == expected["random_hex"] as? String)
      #expect(key.uid.map(Int.init) == expected["uid"] as? Int)
    case .signaling(let signaling):
      #expect(signaling.md5 == expected["md5"] as? String)
    }
  }

  static func identity(_ inputs: [String: Any]) -> ClientIdentity {
    let uid = (inputs["uid"] as? Int).map { UInt32(truncatingIfNeeded: $0) }
    if let account = inputs["account"] as? String {
      return ClientIdentity(channel: inputs["channel_name"] as? String, account: account)
    }
    return ClientIdentity(channel: inputs["channel_name"] as? String, uid: uid)
  }

  @Test(
    "verifies with the certificate, not with the wrong one, case swap as the vector says",
    arguments: vectors)
  func verifies(_ vector: FixtureCase) throws {
    let expected = vector.object("expected")
    let inputs = vector.object("inputs")
    let decoded = try TokenDecoder.decode(try #require(vector.string("key")))
    let identity = Self.identity(inputs)
    let certificate = try #require(inputs["app_certificate"] as? String)
    func status(_ secret: String) -> SignatureCheck {
      TokenVerifier.verify(
        decoded.token, certificates: [AppCertificate(secret: secret, origin: "t")],
        identity: identity)
    }
    let right = status(certificate)
    #expect(right.status == .valid)
    #expect(right.serviceCode == expected["service_code_in_signature"] as? String)
    #expect(status(try #require(vector.string("wrong_certificate"))).status == .invalid)
    let swapped = String(
      certificate.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) })
    #expect(
      (status(swapped).status == .valid)
        == (expected["signature_valid_with_case_swapped_certificate"] as? Bool))
  }

  @Test("without a channel the key is not checked, and the hint names the options")
  func needsChannel() throws {
    let vector = try #require(Self.vectors.first { $0.id == "pleg-dk4-media-channel" })
    let decoded = try TokenDecoder.decode(try #require(vector.string("key")))
    let check = TokenVerifier.verify(
      decoded.token, certificates: [AppCertificate(secret: "c0ffee", origin: "t")])
    #expect(check.status == .notChecked)
    #expect(check.hints.joined().contains("--channel"))
  }

  @Test("legacy shapes that do not fit are errors, not crashes")
  func badShapes() {
    for (input, kind) in [
      ("004abc", "truncated"), ("003" + String(repeating: "z", count: 110), "bad_field"),
      ("1:abc:xyz:0", "bad_field"), ("005", "empty_payload"), ("005AQA=", "truncated"),
    ] {
      #expect(throws: TokenError.self) { try TokenDecoder.decode(input) }
      do {
        _ = try TokenDecoder.decode(input)
      } catch {
        #expect(error.kind.rawValue == kind, "\(input)")
      }
    }
  }
}
