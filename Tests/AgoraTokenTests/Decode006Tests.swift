import AgoraTokenTestSupport
import Foundation
import Testing

@testable import AgoraToken

/// Every vector in tokens-006.json decodes to its `expected` fields, and verifies, CRC by CRC, as
/// its `checks_with_*` objects say.
@Suite("006 decode and verify over the vectors")
struct Decode006Tests {
  static let vectors = Fixtures.cases("tokens-006.json").map(FixtureCase.init)

  /// The client identity a vector's `uid` string stands for: `""` is uid 0, a plain decimal is a uid,
  /// anything else (including the string "0") an account.
  static func identity(channel: String, uid: String) -> ClientIdentity {
    if uid.isEmpty { return ClientIdentity(channel: channel, uid: 0) }
    if let number = UInt32(uid), !uid.hasPrefix("0") {
      return ClientIdentity(channel: channel, uid: number)
    }
    return ClientIdentity(channel: channel, account: uid)
  }

  @Test("the vectors are present")
  func vectorsLoad() {
    #expect(Self.vectors.count == 14)
  }

  @Test("decodes to the expected fields", arguments: vectors)
  func decodes(_ vector: FixtureCase) throws {
    let expected = vector.object("expected")
    let decoded = try TokenDecoder.decode(try #require(vector.string("token")))
    #expect(decoded.warnings.isEmpty)
    guard case .accessToken006(let token) = decoded.token else {
      Issue.record("not a 006 token")
      return
    }
    #expect(token.version == expected["version"] as? String)
    #expect(token.appID == expected["app_id"] as? String)
    #expect(Int(token.salt) == expected["salt"] as? Int)
    #expect(Int(token.ts) == expected["ts"] as? Int)
    #expect(Int(token.crcChannelName) == expected["crc_channel_name"] as? Int)
    #expect(Int(token.crcUID) == expected["crc_uid"] as? Int)
    #expect(hex(token.signature) == expected["signature_hex"] as? String)
    let privileges = Dictionary(
      uniqueKeysWithValues: token.privileges.map { (String($0.id), Int($0.value)) })
    #expect(privileges == (expected["privileges"] as? [String: Int] ?? [:]))
  }

  @Test(
    "verifies as checks_with_certificate / wrong certificate / wrong channel say",
    arguments: vectors)
  func verifies(_ vector: FixtureCase) throws {
    let expected = vector.object("expected")
    let decoded = try TokenDecoder.decode(try #require(vector.string("token")))
    let channel = try #require(vector.string("channel_name"))
    let uid = try #require(vector.string("uid"))
    let right = AppCertificate(secret: try #require(vector.string("app_certificate")), origin: "r")
    let wrong = AppCertificate(
      secret: try #require(vector.string("wrong_certificate")), origin: "w")
    let cases: [(String, AppCertificate, String)] = [
      ("checks_with_certificate", right, channel),
      ("checks_with_wrong_certificate", wrong, channel),
      (
        "checks_with_wrong_channel_name", right,
        (expected["checks_with_wrong_channel_name"] as? [String: Any])?["channel_name"] as? String
          ?? channel
      ),
    ]
    for (key, certificate, channelName) in cases {
      let want = try #require(expected[key] as? [String: Any])
      let identity = Self.identity(channel: channelName, uid: uid)
      let signature = TokenVerifier.verify(
        decoded.token, certificates: [certificate], identity: identity)
      let checks = IdentityComparison.compare(decoded.token, with: identity)
      #expect(
        (signature.status == .valid) == (want["signature_matches"] as? Bool), "\(key) signature")
      #expect(
        checks.first(where: { $0.field == "crc_channel_name" })?.matches
          == want["crc_channel_name_matches"] as? Bool, "\(key) channel")
      #expect(
        checks.first(where: { $0.field == "crc_uid" })?.matches == want["crc_uid_matches"] as? Bool,
        "\(key) uid")
    }
    let valid = TokenVerifier.verify(
      decoded.token, certificates: [right], identity: Self.identity(channel: channel, uid: uid))
    #expect((valid.status == .valid) == (expected["signature_valid_with_certificate"] as? Bool))
  }

  @Test("without channel and uid the signature is not checked, with a hint naming the options")
  func needsIdentity() throws {
    let vector = try #require(Self.vectors.first { $0.id == "p006-rtc-publisher-uid" })
    let decoded = try TokenDecoder.decode(try #require(vector.string("token")))
    let check = TokenVerifier.verify(
      decoded.token,
      certificates: [
        AppCertificate(secret: try #require(vector.string("app_certificate")), origin: "r")
      ]
    )
    #expect(check.status == .notChecked)
    #expect(check.hints.joined().contains("--channel"))
    #expect(check.hints.joined().contains("--uid or --account"))
  }

  @Test("an RTM 006 token verifies with the user id given as --account")
  func rtmWithAccount() throws {
    let vector = try #require(Self.vectors.first { $0.id == "p006-rtm" })
    let decoded = try TokenDecoder.decode(try #require(vector.string("token")))
    let user = try #require(vector.string("channel_name"))
    let certificate = AppCertificate(
      secret: try #require(vector.string("app_certificate")), origin: "r")
    let check = TokenVerifier.verify(
      decoded.token, certificates: [certificate], identity: ClientIdentity(account: user))
    #expect(check.status == .valid)
    guard case .accessToken006(let token) = decoded.token else {
      Issue.record("the token is not of the version this test is about")
      return
    }
    let facts = AccessToken006Facts(token)
    #expect(facts.layout == "rtm")
    #expect(facts.uidIsWildcard)
  }

  @Test("numeric uid preimages of crc_uid")
  func preimages() {
    let crc = Zlib.crc32(Array("123456789".utf8))
    #expect(NumericUIDSearch.preimages(of: crc).contains(123_456_789))
    for uid: UInt32 in [1, 7, 42, 518, 4_294_967_295, 1_000_000_000] {
      #expect(NumericUIDSearch.preimages(of: Zlib.crc32(Array(String(uid).utf8))).contains(uid))
    }
    let account = Zlib.crc32(Array("user_alice-42".utf8))
    for uid in NumericUIDSearch.preimages(of: account) {
      #expect(Zlib.crc32(Array(String(uid).utf8)) == account)
    }
  }
}

/// malformed.json's 006 error cases give their error kind (the last three under `--strict`).
@Suite("006 malformed inputs")
struct Malformed006Tests {
  static let cases = Fixtures.cases("malformed.json").map(FixtureCase.init).filter {
    $0.id.hasPrefix("pm-006") && $0.object("expected")["error"] != nil
  }

  @Test("the 006 error cases are present")
  func present() { #expect(Self.cases.count == 4) }

  @Test("gives the error kind", arguments: cases)
  func errorKind(_ vector: FixtureCase) throws {
    let kind = try #require(vector.object("expected")["error"] as? String)
    let input = try #require(vector.string("input"))
    do {
      _ = try TokenDecoder.decode(input, options: DecodeOptions(strict: true))
      Issue.record("decoded although \(kind) was expected")
    } catch {
      #expect(error.kind.rawValue == kind)
    }
    if ["trailing_bytes", "bad_signature_length", "bad_app_id"].contains(kind),
      let lenient = try? TokenDecoder.decode(input)
    {
      #expect(lenient.warnings.first?.kind.rawValue == kind)
    }
  }
}

/// A damaged 006 token still shows the fields before the damage.
@Suite("006 partial decodes")
struct Partial006Tests {
  @Test("a JSON-escaped slash: bad_base64 with the fields before it")
  func escapedSlash() throws {
    let vector = try #require(
      Fixtures.cases("real-world.json").map(FixtureCase.init).first { $0.id == "RW09" })
    let input = try #require(vector.string("input"))
    do {
      _ = try TokenDecoder.decode(input)
      Issue.record("decoded a token with a backslash")
    } catch {
      #expect(error.kind == .badBase64)
      let partial = try #require(error.partial)
      #expect(partial.fieldsRead.first == "app_id")
      // The backslash sits inside the signature, so the app id (in clear) is what remains.
      #expect(partial.stopsIn == "signature")
      guard case .accessToken006(let token) = partial.token else {
        Issue.record("no 006 partial")
        return
      }
      let fixed = try #require(
        (vector.object("expected")["after_fix"] as? [String: Any])?["decoded"] as? [String: Any])
      #expect(token.appID == fixed["app_id"] as? String)
    }
  }

  @Test("content cut inside the message: length_overflow with crc fields")
  func cutContent() throws {
    let vector = try #require(
      Fixtures.cases("malformed.json").map(FixtureCase.init).first {
        $0.id == "pm-006-truncated-content"
      })
    let input = try #require(vector.string("input"))
    do {
      _ = try TokenDecoder.decode(input)
      Issue.record("decoded a cut token")
    } catch {
      #expect(error.kind == .lengthOverflow)
      let partial = try #require(error.partial)
      #expect(partial.fieldsRead.contains("crc_uid"))
      #expect(
        partial.stopsIn == "salt" || partial.stopsIn == "ts" || partial.stopsIn == "privileges")
      #expect(partial.declaredLength != nil)
    }
  }
}
