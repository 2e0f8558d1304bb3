import AgoraToken
import AgoraTokenTestSupport
import Testing

/// The error cases of malformed.json: each yields its error kind (strict for the three lenient kinds),
/// and without `--strict` those three decode with a warning of that kind.
@Suite("malformed inputs")
struct MalformedTests {
  static let all = Fixtures.cases("malformed.json").map(FixtureCase.init)
  static let lenientKinds: Set<String> = ["trailing_bytes", "bad_signature_length", "bad_app_id"]
  /// Error cases whose input needs no repair and is a 007 token or not a token at all.
  static let errors = all.filter { vector in
    let expected = vector.object("expected")
    guard expected["error"] is String else { return false }
    return (expected["repairs_before_error"] as? [String] ?? []).isEmpty
      && !(vector.string("input") ?? "").hasPrefix("006")
  }

  @Test("the fixture has error cases")
  func fixturePresent() {
    #expect(Self.errors.count >= 15)
  }

  @Test("strict decoding yields the expected error kind", arguments: errors)
  func strictKind(_ vector: FixtureCase) throws {
    let input = try #require(vector.string("input"))
    let kind = try #require(vector.object("expected")["error"] as? String)
    let text =
      kind == "empty" ? String(input.filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }) : input
    #expect(throws: TokenError.self) {
      try TokenDecoder.decode(text, options: DecodeOptions(strict: true))
    }
    do {
      _ = try TokenDecoder.decode(text, options: DecodeOptions(strict: true))
    } catch {
      #expect(error.kind.rawValue == kind)
      #expect(!error.message.isEmpty)
      #expect(error.offset != nil)
    }
  }

  @Test(
    "lenient decoding keeps the token and warns",
    arguments: errors.filter {
      lenientKinds.contains($0.object("expected")["error"] as? String ?? "")
    })
  func lenientWarning(_ vector: FixtureCase) throws {
    let kind = try #require(vector.object("expected")["error"] as? String)
    let decoded = try TokenDecoder.decode(try #require(vector.string("input")))
    #expect(decoded.warnings.map(\.kind.rawValue).contains(kind))
    if let lenient = vector.object("expected")["lenient_decode"] as? [String: Any],
      let certificate = vector.string("app_certificate"),
      let valid = lenient["signature_valid_with_certificate"] as? Bool
    {
      let check = TokenVerifier.verify(
        decoded.token, certificates: [AppCertificate(secret: certificate, origin: "test")])
      #expect((check.status == .valid) == valid)
    }
  }

  @Test(
    "a changed byte of signed content decodes but does not verify",
    arguments: all.filter {
      $0.object("expected")["decodable"] as? Bool == true
    })
  func signedByteFlipped(_ vector: FixtureCase) throws {
    let decoded = try TokenDecoder.decode(try #require(vector.string("input")))
    let certificate = try #require(vector.string("app_certificate"))
    let check = TokenVerifier.verify(
      decoded.token, certificates: [AppCertificate(secret: certificate, origin: "t")])
    #expect(check.status == .invalid)
  }
}
