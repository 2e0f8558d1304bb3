import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Inputs that are not Agora tokens get a distinct kind and a clear message.
@Suite("Recognising what is not a token")
struct RecognizeInputTests {
  static func base64URL(_ text: String) -> String {
    Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
  }

  static func inspect(_ raw: String, appID: String? = nil) -> Inspection {
    Inspector(identity: ClientIdentity(appID: appID)).inspect(
      raw, source: InputSource(file: "t", line: 1))
  }

  @Test("an empty value is the error kind empty")
  func empty() {
    for raw in ["", "  \n", "\"\"", "\u{201C}\u{201D}"] {
      let inspection = Self.inspect(raw)
      #expect(inspection.error?.kind == .empty)
      #expect(inspection.recognition?.kind == "empty")
    }
  }

  @Test("a bare 32-hex string is an App ID or certificate, named as the App ID when it is one")
  func hex32() throws {
    let appID =
      try #require(Fixtures.cases("tokens-007.json").first?["expected"] as? [String: Any])[
        "app_id"] as? String ?? ""
    let general = try #require(Self.inspect(appID).recognition)
    #expect(general.kind == "hex32")
    #expect(general.message.contains("App ID or an App Certificate"))
    #expect(!general.message.contains("exactly the App ID"))
    let named = try #require(Self.inspect(" \(appID.uppercased()) ", appID: appID).recognition)
    #expect(named.kind == "hex32")
    #expect(named.message.contains("exactly the App ID"))
    #expect(Self.inspect(appID).error?.kind == .unknownVersion)
  }

  @Test("a certificate pasted as a token is named, never repeated")
  func certificate() throws {
    let secret = try #require(
      Fixtures.cases("tokens-007.json").first?["app_certificate"] as? String)
    let inspection = Inspector(certificates: [AppCertificate(secret: secret, origin: "t")]).inspect(
      secret, source: InputSource(file: "t", line: 1))
    let recognition = try #require(inspection.recognition)
    #expect(recognition.message.contains("App Certificate given"))
    #expect(!recognition.message.contains(secret))
  }

  @Test("a JWT shows its header and payload and is never verified")
  func jwt() throws {
    let header = Self.base64URL(#"{"alg":"HS256","typ":"JWT"}"#)
    let payload = Self.base64URL(#"{"sub":"user-1","iat":1700000000,"exp":1700003600}"#)
    let recognition = try #require(Self.inspect("\(header).\(payload).c2lnbmF0dXJl").recognition)
    #expect(recognition.kind == "jwt")
    let fields = Dictionary(uniqueKeysWithValues: recognition.fields.map { ($0.name, $0.value) })
    #expect(fields["alg"] == "HS256")
    #expect(fields["exp"] == "1700003600")
    #expect(fields["iat"] == "1700000000")
    #expect(fields["exp_iso"] == "2023-11-14T23:13:20Z")
    #expect(recognition.message.contains("not checked"))
  }

  @Test("a bearer credential copied with its scheme is recognised")
  func bearer() throws {
    let chat = try #require(
      Fixtures.cases("real-world.json").first {
        ($0["input"] as? String)?.hasPrefix("YWMt") == true
      }?["input"] as? String)
    #expect(Self.inspect("Bearer " + chat).recognition?.kind == "chat_rest_token")
  }

  @Test("a Chat REST token that is not of the inferred length is still named")
  func shortChatToken() throws {
    let recognition = try #require(Self.inspect("YWMtAAAAAAAAAAAAAAAA").recognition)
    #expect(recognition.kind == "chat_rest_token")
    #expect(recognition.fields.isEmpty)
  }

  @Test("other garbage is not recognised, only rejected")
  func garbage() {
    let inspection = Self.inspect("hello world")
    #expect(inspection.recognition == nil)
    #expect(inspection.error?.kind == .unknownVersion)
  }

  @Test("a token inside other text is named, with --extract as the way to read it")
  func embedded() throws {
    let token = try #require(Fixtures.cases("tokens-007.json").first?["token"] as? String)
    for (raw, count) in [
      ("Bearer \(token)", 1), ("token: \(token)", 1), ("rtc=\(token) rtm=\(token)", 2),
    ] {
      let inspection = Self.inspect(raw)
      let recognition = try #require(inspection.recognition, "\(raw.prefix(12))")
      #expect(recognition.kind == "embedded_token")
      #expect(recognition.message.contains("--extract"))
      #expect(recognition.fields.first { $0.name == "tokens_found" }?.value == String(count))
      #expect(inspection.error != nil)
    }
    // A damaged token on its own stays a decode error: there is no other text around it.
    let damaged = String(token.prefix(40))
    #expect(Self.inspect(damaged).recognition == nil)
    #expect(Self.inspect(damaged).error != nil)
  }

  @Test("JSON with no token in it is named as such")
  func jsonWithoutToken() throws {
    for raw in [#"{"code":0,"msg":"ok"}"#, #"[1,2,3]"#] {
      let recognition = try #require(Self.inspect(raw).recognition, "\(raw)")
      #expect(recognition.kind == "json_without_token")
    }
  }

  @Test("a certificate given as the token is never quoted, not even its first characters")
  func certificateNotQuoted() throws {
    let secret = "c0ffee1234567890abcdef1234567890"
    let inspection = Inspector(certificates: [AppCertificate(secret: secret, origin: "test")])
      .inspect(secret, source: InputSource(file: "t", line: 1))
    let message = try #require(inspection.error?.message)
    #expect(!message.contains(String(secret.prefix(3))))
    #expect(message.contains("certificates given"))
    #expect(inspection.textIsCertificate)
  }
}
