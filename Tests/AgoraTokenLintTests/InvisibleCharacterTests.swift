import AgoraToken
import AgoraTokenLint
import Testing

/// A token that carries one invisible character (copied through a chat app, an editor or a PDF)
/// stays rejected, but the `remove_invisible_characters` after-fix decodes and verifies it, and
/// the diagnosis names the character and where it is, instead of "a token inside other text".
@Suite("invisible characters inside a token")
struct InvisibleCharacterTests {
  static let certificate = AppCertificate(
    secret: "5c2f8e1a9b0d4c3e7f6a5b4c3d2e1f00", origin: "test line 1")
  static let token: String =
    (try? RtcTokenBuilder2.buildTokenWithUID(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: certificate,
      channelName: "demo", uid: 42, role: .publisher, tokenExpire: 3_600,
      options: BuildOptions(issueTs: 1_718_000_000, salt: 9))) ?? ""

  @Test(
    "each invisible character is found, named and removed by the after-fix",
    arguments: [
      ("\u{200B}", "U+200B"), ("\u{FEFF}", "U+FEFF"), ("\u{2028}", "U+2028"),
      ("\u{0000}", "U+0000"), ("\u{00AD}", "U+00AD"), ("\u{200E}", "U+200E"),
    ])
  func removed(_ character: String, _ code: String) throws {
    let input = String(Self.token.prefix(40)) + character + String(Self.token.dropFirst(40))
    let linted = InspectionPipeline(
      InspectionSettings(now: 1_718_000_060, certificates: [Self.certificate])
    ).inspect(input, source: InputSource(file: "-", line: 1))
    let inspection = linted.inspection
    #expect(inspection.error?.kind == .badBase64)
    #expect(inspection.recognition == nil)
    let fix = try #require(inspection.afterFix)
    #expect(fix.fix == "remove_invisible_characters")
    #expect(fix.text == Self.token)
    #expect(fix.signature.status == .valid)
    let statement = try #require(
      linted.diagnosis.first { $0.statement == "invisible_character_in_token" })
    #expect(statement.message.contains("(\(code) at character 40)"))
    // The character, not the length or padding it throws off, is the cause.
    let statements = Set(linted.diagnosis.map(\.statement))
    #expect(statements.isDisjoint(with: ["base64_padding_wrong", "token_truncated"]))
  }

  @Test("a padded token with a stray character is not said to carry the wrong padding")
  func paddedToken() throws {
    let padded = try #require(
      (0..<40).lazy.compactMap { salt in
        try? RtcTokenBuilder2.buildTokenWithUID(
          appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", appCertificate: Self.certificate,
          channelName: "demo", uid: 42, role: .publisher, tokenExpire: 3_600,
          options: BuildOptions(issueTs: 1_718_000_000, salt: UInt32(salt + 1)))
      }.first { $0.hasSuffix("=") })
    let input = String(padded.prefix(60)) + "\u{200B}" + String(padded.dropFirst(60))
    let linted = InspectionPipeline(InspectionSettings(now: 1_718_000_060)).inspect(
      input, source: InputSource(file: "-", line: 1))
    let statements = Set(linted.diagnosis.map(\.statement))
    #expect(statements.contains("invisible_character_in_token"))
    #expect(!statements.contains("base64_padding_wrong"))
  }

  @Test("a token without one gets neither the fix nor the statement")
  func clean() {
    let linted = InspectionPipeline(InspectionSettings(now: 1_718_000_060)).inspect(
      Self.token, source: InputSource(file: "-", line: 1))
    #expect(linted.inspection.afterFix == nil)
    #expect(!linted.diagnosis.contains { $0.statement == "invisible_character_in_token" })
  }

  @Test("--extract finds the token whole across the character, so the after-fix can name it")
  func extracted() throws {
    let input =
      "Bearer " + String(Self.token.prefix(20)) + "\u{200B}" + String(Self.token.dropFirst(20))
    let found = TokenExtraction.tokens(inFreeText: input)
    #expect(
      found == [String(Self.token.prefix(20)) + "\u{200B}" + String(Self.token.dropFirst(20))])
    let linted = InspectionPipeline(
      InspectionSettings(now: 1_718_000_060, certificates: [Self.certificate])
    ).inspect(try #require(found.first), source: InputSource(file: "-", line: 1))
    #expect(linted.inspection.afterFix?.fix == "remove_invisible_characters")
    #expect(!linted.diagnosis.contains { $0.statement == "token_truncated" })
    // A tab still separates two tokens.
    #expect(TokenExtraction.tokens(inFreeText: Self.token + "\t" + Self.token).count == 2)
  }

  @Test("without repairs the character is still named, and several are counted")
  func noRepairAndSeveral() throws {
    let one = String(Self.token.prefix(20)) + "\u{200B}" + String(Self.token.dropFirst(20))
    let bare = InspectionPipeline(
      InspectionSettings(now: 1_718_000_060, repair: false)
    ).inspect(one, source: InputSource(file: "-", line: 1))
    #expect(bare.inspection.recognition == nil)
    let named = try #require(
      bare.diagnosis.first { $0.statement == "invisible_character_in_token" })
    #expect(named.message.contains("(U+200B at character 20)"))
    #expect(!named.message.contains("after_fix"))
    #expect(!bare.diagnosis.contains { $0.statement == "base64_padding_wrong" })
    let three =
      String(Self.token.prefix(5)) + "\u{200B}" + String(Self.token.dropFirst(5).prefix(40))
      + "\u{200B}\u{00AD}" + String(Self.token.dropFirst(45))
    let counted = InspectionPipeline(InspectionSettings(now: 1_718_000_060)).inspect(
      three, source: InputSource(file: "-", line: 1))
    let statement = try #require(
      counted.diagnosis.first { $0.statement == "invisible_character_in_token" })
    #expect(statement.message.contains("3 invisible characters (the first U+200B at character 5)"))
  }

  @Test(
    "variation selectors, tag characters and fillers count as invisible too",
    arguments: ["\u{FE0F}", "\u{E0041}", "\u{180E}", "\u{034F}", "\u{FFF9}", "\u{3164}"])
  func moreCharacters(_ character: String) throws {
    let input = String(Self.token.prefix(77)) + character + String(Self.token.dropFirst(77))
    let linted = InspectionPipeline(InspectionSettings(now: 1_718_000_060)).inspect(
      input, source: InputSource(file: "-", line: 1))
    #expect(linted.inspection.afterFix?.fix == "remove_invisible_characters")
  }

  @Test("a 006 token with the character inside its App ID part gets the after-fix too")
  func inside006AppID() throws {
    let token = try AccessToken006Builder(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876", certificate: Self.certificate,
      channelName: "demo", uid: "42", salt: 4242, ts: 1_718_086_400,
      privileges: [Privilege(id: 1, value: 1_718_003_600)]
    ).build()
    let input = String(token.prefix(10)) + "\u{200B}" + String(token.dropFirst(10))
    let linted = InspectionPipeline(
      InspectionSettings(now: 1_718_000_060, certificates: [Self.certificate])
    ).inspect(input, source: InputSource(file: "-", line: 1))
    let fix = try #require(linted.inspection.afterFix)
    #expect(fix.fix == "remove_invisible_characters")
    #expect(fix.text == token)
    #expect(linted.diagnosis.contains { $0.statement == "invisible_character_in_token" })
  }
}
