import AgoraToken
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AgoraTokenServer

@Suite("the web inspector: GET / and the JSON body it posts")
struct WebInspectorTests {
  let fixture = ServerFixture()

  @Test(
    "the page and its assets come from the server, under a strict policy",
    arguments: [
      ("/", "text/html; charset=utf-8", "<script src=\"/inspector.js\" defer></script>"),
      ("/inspector.js", "text/javascript; charset=utf-8", "fetch(\"/inspect\""),
      ("/inspector.css", "text/css; charset=utf-8", "prefers-color-scheme: dark"),
    ])
  func assets(_ path: String, _ contentType: String, _ marker: String) async throws {
    let response = try await fixture.live { client in try await client.get(path) }
    #expect(response.status == .ok)
    #expect(response.headers[.contentType] == contentType)
    #expect(response.text.contains(marker))
    #expect(
      response.headers[.contentSecurityPolicy]
        == "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    #expect(response.headers[.xContentTypeOptions] == "nosniff")
    #expect(response.headers[.referrerPolicy] == "no-referrer")
  }

  @Test("the page has no inline script or style and names no other host")
  func noInlineCode() {
    let html = WebInspectorPage.html
    #expect(!html.contains("<script>"))
    #expect(!html.contains("style="))
    #expect(!html.contains("<style"))
    #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil)  // onclick=
    for asset in [html, WebInspectorScript.js, WebInspectorStyle.css] {
      #expect(!asset.contains("http://"))
      #expect(!asset.contains("//cdn"))
    }
    #expect(!WebInspectorScript.js.contains("innerHTML"))
    #expect(!WebInspectorScript.js.contains("eval("))
  }

  @Test("a certificate in the JSON body verifies the token and is never logged or echoed")
  func pastedCertificate() async throws {
    let pasted = ServerFixture.randomHex32()
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: fixture.appID, appCertificate: pasted, channelName: "web", uid: 7, role: .publisher,
      tokenExpire: 3600,
      options: BuildOptions(issueTs: UInt32(ServerFixture.now - 60), salt: 3))
    let log = LogCapture()
    let body =
      "{\"token\": \"\(token)\", \"certificate\": \"\(pasted)\", \"channel\": \"web\", \"uid\": 7}"
    let (withCertificate, without) = try await fixture.live(log: log) { client in
      (
        try await client.post("/inspect", body, headers: [.contentType: "application/json"]),
        try await client.post("/inspect", token)
      )
    }
    #expect(withCertificate.status == .ok)
    #expect(withCertificate.json?["status"] as? String == "valid")
    #expect(
      (withCertificate.json?["signature"] as? [String: Any])?["matched_certificate"] as? String
        == "the page")
    #expect(without.json?["status"] as? String == "invalid")
    #expect(!withCertificate.text.contains(pasted))
    #expect(withCertificate.headers[.cacheControl] == "no-store")
    #expect(withCertificate.headers[JudgedAtHeader.name] == String(ServerFixture.now))
    let records = log.records.map { "\($0)" }.joined(separator: "\n")
    #expect(!records.contains(pasted))
    #expect(!records.contains(token))
  }

  @Test("a pasted certificate is checked alone: a wrong one is not the project's primary")
  func pastedCertificateAlone() async throws {
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: fixture.appID, appCertificate: fixture.certificate, channelName: "web", uid: 7,
      role: .publisher, tokenExpire: 3600,
      options: BuildOptions(issueTs: UInt32(ServerFixture.now - 60), salt: 3))
    let upper = fixture.certificate.uppercased()
    let response = try await fixture.live { client in
      try await client.post(
        "/inspect", "{\"token\": \"\(token)\", \"certificate\": \"\(upper)\"}",
        headers: [.contentType: "application/json"])
    }
    let document = try #require(
      (response.json?["inputs"] as? [[String: Any]])?.first ?? response.json)
    let statements = (document["diagnosis"] as? [[String: Any]] ?? []).compactMap {
      $0["statement"] as? String
    }
    #expect(document["status"] as? String == "invalid")
    #expect(!statements.contains("signed_with_secondary_certificate"))
    #expect(statements.contains("certificate_letter_case_differs"))
    #expect(!response.text.contains(upper) && !response.text.contains(fixture.certificate))
  }

  @Test("the body's now and product are the CLI's --now and --product")
  func nowAndProduct() async throws {
    let token = try await fixture.live { client in
      try await client.get("/rtc/token?channel=c&uid=5").text
    }
    let later = ServerFixture.now + 7200
    let response = try await fixture.live { client in
      try await client.post(
        "/inspect", "{\"token\": \"\(token)\", \"now\": \"\(later)\", \"product\": \"rtc\"}")
    }
    #expect(response.status == .ok)
    #expect(response.json?["status"] as? String == "expired")
    #expect(response.headers[JudgedAtHeader.name] == String(later))
  }

  @Test(
    "a bad body is a 400 that does not quote its values",
    arguments: [
      ("{\"token\": \"007eJx\", \"cert\": \"SECRETVALUE\"}", "unknown member"),
      ("{\"token\": \"007eJx\", \"uid\": \"SECRETVALUE\"}", "uid"),
      ("{\"token\": \"007eJx\", \"now\": \"SECRETVALUE\"}", "now"),
      ("{\"token\": \"007eJx\", \"product\": \"SECRETVALUE\"}", "product"),
      ("{\"token\": \"007eJx\", \"certificate\": 5}", "must be a string"),
    ])
  func badBody(_ body: String, _ names: String) async throws {
    let response = try await fixture.live { client in try await client.post("/inspect", body) }
    #expect(response.status == .badRequest)
    #expect(response.text.contains(names))
    #expect(!response.text.contains("SECRETVALUE"))
  }

  @Test("a value given in both the query and the body is refused")
  func queryAndBody() async throws {
    let response = try await fixture.live { client in
      try await client.post("/inspect?channel=a", "{\"token\": \"007eJx\", \"channel\": \"b\"}")
    }
    #expect(response.status == .badRequest)
    #expect(response.errorKind == "bad_parameter")
  }

  @Test("POST / answers 405 with Allow: GET, HEAD")
  func postToPage() async throws {
    let response = try await fixture.live { client in try await client.post("/", "x") }
    #expect(response.status == .methodNotAllowed)
    #expect(response.headers[.allow] == "GET, HEAD")
  }
}
