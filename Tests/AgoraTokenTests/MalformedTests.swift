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
      if let stated = Self.statedOffset(vector) { #expect(error.offset == stated, "\(vector.id)") }
    }
  }

  /// The offset a vector's `detail` states, as in "uid declares 19 bytes but only 9 remain
  /// (offset 126)" or "payload ended while reading salt at offset 76"; `nil` when it states none.
  static func statedOffset(_ vector: FixtureCase) -> Int? {
    guard let detail = vector.object("expected")["detail"] as? String,
      let range = detail.range(of: "(offset ") ?? detail.range(of: " at offset ")
    else { return nil }
    return Int(detail[range.upperBound...].prefix { $0.isNumber })
  }

  @Test(
    "an error reports the offset its vector's detail states (006 and repaired inputs too)",
    arguments: all.filter { statedOffset($0) != nil })
  func statedOffsets(_ vector: FixtureCase) throws {
    let input = try #require(vector.string("input"))
    let inspection = Inspector(options: DecodeOptions(strict: true)).inspect(
      input, source: InputSource(file: "malformed.json", line: 1))
    let error = try #require(inspection.error)
    #expect(error.kind.rawValue == vector.object("expected")["error"] as? String)
    #expect(error.offset == Self.statedOffset(vector))
  }

  @Test("five vectors state an offset")
  func offsetsStated() { #expect(Self.all.compactMap(Self.statedOffset).count == 5) }

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
