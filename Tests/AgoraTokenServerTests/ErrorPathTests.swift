import AgoraToken
import AgoraTokenServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// 400, 401, 404 and 413, each with a JSON body naming the error kind; and the access log.
@Suite("error paths and access log, live")
struct ErrorPathTests {
  let fixture = ServerFixture()

  @Test(
    "bad parameters are 400 with a kind",
    arguments: [
      ("/chat/app/token?expire=86401", "lifetime_over_24h"),
      ("/rtm/token?user_id=a&expire=4294967296", "lifetime_over_24h"),
      ("/chat/app/token?expire=1h", "bad_parameter"),
      ("/chat/app/token?expire=0", "bad_parameter"),
      ("/chat/app/token?expire=-5", "bad_parameter"),
      ("/chat/app/token?format=xml", "bad_parameter"),
      ("/chat/app/token?expires=600", "bad_parameter"),
      ("/chat/app/token?expire=60&expire=70", "bad_parameter"),
      ("/rtc/token?uid=1", "bad_parameter"),
      ("/rtc/token?channel=c", "bad_parameter"),
      ("/rtc/token?channel=c&uid=1&account=x", "bad_parameter"),
      ("/rtc/token?channel=c&uid=4294967296", "uid_out_of_range"),
      ("/rtc/token?channel=c&uid=-1", "uid_out_of_range"),
      ("/rtc/token?channel=c&uid=1&role=admin", "bad_parameter"),
      ("/rtm/token", "bad_parameter"),
      ("/rtm/token?user_id=", "bad_parameter"),
      // Names that agtoken lint rejects as errors (AT302-AT305) are refused before signing.
      ("/rtc/token?channel=%00&uid=1", "bad_parameter"),
      ("/rtc/token?channel=a%0Ab&uid=1", "bad_parameter"),
      ("/rtc/token?channel=caf%C3%A9&uid=1", "bad_parameter"),
      ("/rtc/token?channel=\(String(repeating: "c", count: 64))&uid=1", "bad_parameter"),
      ("/rtc/token?channel=c&account=\(String(repeating: "a", count: 256))", "bad_parameter"),
      ("/rtm/token?user_id=\(String(repeating: "u", count: 65))", "bad_parameter"),
      ("/chat/user/token/%FF", "bad_parameter"),
    ])
  func badParameters(uri: String, kind: String) async throws {
    try await fixture.live { client in
      let response = try await client.get(uri)
      #expect(response.status == .badRequest)
      #expect(response.headers[.contentType] == "application/json")
      #expect(response.errorKind == kind)
    }
  }

  @Test(
    "a body the HTTP parser cannot read is 400 bad_body, not 500",
    arguments: ["zz", "-5", "FFFFFFFFFFFFFFFFFF"])
  func malformedChunkedBody(chunkSize: String) async throws {
    try await fixture.live { client in
      let port = try #require(client.port)
      let answer = try await RawHTTP.exchange(
        port: port,
        request:
          "POST /inspect HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n\(chunkSize)\r\nabc\r\n0\r\n\r\n"
      )
      #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(40))")
      #expect(answer.contains("\"kind\" : \"bad_body\""))
    }
  }

  @Test(
    "HEAD answers as GET would, without a body",
    arguments: [
      ("/healthz", HTTPResponse.Status.ok), ("/chat/app/token", .ok),
      ("/rtc/token?channel=%00&uid=1", .badRequest), ("/nope", .notFound),
    ])
  func head(uri: String, status: HTTPResponse.Status) async throws {
    try await fixture.live { client in
      let response = try await client.execute(uri: uri, method: .head)
      #expect(response.status == status)
      #expect(response.body.readableBytes == 0)
      let get = try await client.get(uri)
      #expect(get.status == status)
      #expect(response.headers[.contentType] == get.headers[.contentType])
      // A token's length may differ by a byte between two mints (salt, issue_ts); the rest match.
      let declared = try #require(response.headers[.contentLength].flatMap { Int($0) })
      if uri.contains("token") && status == .ok {
        #expect(abs(declared - get.body.readableBytes) <= 4 && declared > 100)
      } else {
        #expect(declared == get.body.readableBytes)
      }
    }
  }

  @Test("a GET route asked with POST lists GET and HEAD in Allow")
  func allowListsHead() async throws {
    try await fixture.live { client in
      let response = try await client.post("/rtc/token", "x")
      #expect(response.status == .methodNotAllowed)
      #expect(response.headers[.allow] == "GET, HEAD")
    }
  }

  @Test("unknown paths are 404 with a JSON body")
  func notFound() async throws {
    try await fixture.live { client in
      let response = try await client.get("/chat/app/tokens")
      #expect(response.status == .notFound)
      #expect(response.errorKind == "not_found")
    }
  }

  @Test("with --auth-token-file, token endpoints need the bearer; health and inspect do not")
  func bearer() async throws {
    var fixture = fixture
    fixture.bearer = "s3cret-\(ServerFixture.randomHex32())"
    let secret = fixture.bearer ?? ""
    try await fixture.live { client in
      for uri in [
        "/chat/app/token", "/chat/user/token/u", "/rtc/token?channel=c&uid=1",
        "/rtm/token?user_id=u",
      ] {
        let missing = try await client.get(uri)
        #expect(missing.status == .unauthorized)
        #expect(missing.errorKind == "unauthorized")
        #expect(missing.headers[.wwwAuthenticate] == "Bearer realm=\"agtoken\"")
        let wrong = try await client.get(uri, headers: [.authorization: "Bearer \(secret)x"])
        #expect(wrong.status == .unauthorized)
        let basic = try await client.get(uri, headers: [.authorization: "Basic \(secret)"])
        #expect(basic.status == .unauthorized)
        let right = try await client.get(uri, headers: [.authorization: "Bearer \(secret)"])
        #expect(right.status == .ok)
        #expect(right.text.hasPrefix("007"))
      }
      #expect(try await client.get("/healthz").status == .ok)
      let token = try await client.get(
        "/chat/app/token", headers: [.authorization: "bearer \(secret)"]
      ).text
      #expect(try await client.post("/inspect", token).status == .ok)
    }
  }

  @Test("a body over the cap is 413; an empty or multi-line body is 400")
  func bodies() async throws {
    var fixture = fixture
    fixture.maxBodyBytes = 1024
    try await fixture.live { client in
      let large = try await client.post("/inspect", String(repeating: "A", count: 4096))
      #expect(large.status == .contentTooLarge)
      #expect(large.errorKind == "body_too_large")
      let lint = try await client.post("/lint", String(repeating: "B", count: 1025))
      #expect(lint.status == .contentTooLarge)
      let empty = try await client.post("/inspect", "")
      #expect(empty.status == .badRequest)
      #expect(empty.errorKind == "bad_body")
      let lines = try await client.post("/inspect", "007abc\n007def\n")
      #expect(lines.errorKind == "bad_body")
      let json = try await client.post("/inspect", "{\"tok\": 1}")
      #expect(json.errorKind == "bad_body")
      let array = try await client.post("/inspect", "[\"007eJx\"]")
      #expect(array.errorKind == "bad_body")
      #expect(array.text.contains("one token per request"))
      let query = try await client.post("/inspect?uid=x", "007abc")
      #expect(query.errorKind == "bad_parameter")
      // The server still answers after refusing a large body.
      #expect(try await client.get("/healthz").status == .ok)
    }
  }

  @Test("the access log has method, path, query keys, status and fingerprint; never a token")
  func accessLog() async throws {
    let log = LogCapture()
    let fixture = fixture
    let (token, inspected) = try await fixture.live(log: log) { client in
      let token = try await client.get("/rtc/token?channel=secret-room&uid=9&expire=60").text
      let inspected = try await client.post("/inspect", token)
      _ = try await client.get("/" + token)
      _ = try await client.get("/chat/user/token/secret-user")
      _ = try await client.get("/chat/app/tokens")
      let named = try await client.get("/rtc/token?" + fixture.certificate)
      #expect(named.errorKind == "bad_parameter")
      #expect(!named.text.contains(fixture.certificate))
      let asKey = try await client.post("/inspect?" + token, token)
      #expect(!asKey.text.contains(token.prefix(12)))
      _ = try await client.get("/" + fixture.certificate)
      let member = try await client.post(
        "/inspect", "{\"token\": \"007eJx\", \"\(token)\": 1}",
        headers: [.contentType: "application/json"])
      #expect(member.errorKind == "bad_body")
      #expect(!member.text.contains(token.prefix(12)))
      return (token, inspected)
    }
    let records = log.records
    #expect(records.count == 9)
    #expect(records[5].queryKeys == ["<fp:\(Inspection.fingerprint(of: fixture.certificate))>"])
    #expect(records[7].path == "<fp:\(Inspection.fingerprint(of: "/" + fixture.certificate))>")
    let issued = try #require(records.first)
    #expect(issued.method == "GET")
    #expect(issued.path == "/rtc/token")
    #expect(issued.queryKeys == ["channel", "uid", "expire"])
    #expect(issued.status == 200)
    #expect(issued.duration >= 0)
    #expect(issued.fingerprint == Inspection.fingerprint(of: token))
    #expect(records[1].path == "/inspect")
    #expect(records[1].fingerprint == inspected.headers[TokenFingerprintHeader.name])
    #expect(records[2].status == 404)
    #expect(records[2].path == "<fp:\(Inspection.fingerprint(of: "/" + token))>")
    #expect(records[3].path == "/chat/user/token/{user_id}")
    #expect(records[4].path == "/chat/app/tokens")
    #expect(records[4].status == 404)
    for record in records {
      #expect(!record.line.contains(token.prefix(12)))
      #expect(!record.line.contains(fixture.certificate))
      #expect(!record.line.contains("secret-room"))
      #expect(!record.line.contains("secret-user"))
    }
  }
}
