import AgoraToken
import AgoraTokenServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every token endpoint, against a real server on loopback: the token decodes, verifies with the
/// configured certificate, carries the requested service, privileges and lifetime.
@Suite("token endpoints, live")
struct TokenEndpointTests {
  let fixture = ServerFixture()

  @Test("GET /chat/app/token returns a plain-text Chat app token, as the demo does")
  func chatAppToken() async throws {
    let fixture = fixture
    try await fixture.live { client in
      let response = try await client.get("/chat/app/token")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
      #expect(response.headers[.cacheControl] == "no-store")
      let checked = try CheckedToken(response.text, certificate: fixture.certificate)
      #expect(checked.signature == .valid)
      #expect(checked.token.appID == fixture.appID)
      #expect(checked.token.issueTs == UInt32(ServerFixture.now))
      #expect(checked.token.expire == 3600)
      #expect(checked.token.services.map(\.type) == [.chat])
      #expect(checked.token.services.first?.fields == .chat(userID: ""))
      #expect(checked.privileges == [2: 3600])
      #expect(
        response.headers[TokenFingerprintHeader.name] == Inspection.fingerprint(of: response.text))
    }
  }

  @Test("GET /chat/user/token/{user_id} returns a Chat user token for that user")
  func chatUserToken() async throws {
    let fixture = fixture
    try await fixture.live { client in
      let response = try await client.get("/chat/user/token/alice%20b?expire=600")
      #expect(response.status == .ok)
      let checked = try CheckedToken(response.text, certificate: fixture.certificate)
      #expect(checked.signature == .valid)
      #expect(checked.token.expire == 600)
      #expect(checked.token.services.first?.fields == .chat(userID: "alice b"))
      #expect(checked.privileges == [1: 600])
    }
  }

  @Test(
    "GET /rtc/token carries the channel, the user and the role's privileges",
    arguments: [
      ("uid=42&role=publisher", "42", [1, 2, 3, 4]),
      ("uid=0&role=subscriber", "", [1]),
      ("account=bob&role=subscriber", "bob", [1]),
      ("account=carol", "carol", [1, 2, 3, 4]),
    ] as [(String, String, [UInt16])])
  func rtcToken(query: String, packedUser: String, privileges: [UInt16]) async throws {
    let fixture = fixture
    try await fixture.live { client in
      let response = try await client.get("/rtc/token?channel=room%201&\(query)&expire=7200")
      #expect(response.status == .ok)
      let checked = try CheckedToken(response.text, certificate: fixture.certificate)
      #expect(checked.signature == .valid)
      #expect(checked.token.expire == 7200)
      #expect(checked.token.services.first?.fields == .rtc(channelName: "room 1", uid: packedUser))
      #expect(checked.privileges.keys.sorted() == privileges)
      #expect(checked.privileges.values.allSatisfy { $0 == 7200 })
    }
  }

  @Test("names at Agora's limits are accepted: 63-byte channel of every allowed character")
  func namesAtTheLimits() async throws {
    let fixture = fixture
    let channel = "aZ09 !#$%&()+-:;<=.>?@[]^_{}|~," + String(repeating: "x", count: 32)
    let encoded = try #require(
      channel.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
    try await fixture.live { client in
      let response = try await client.get(
        "/rtc/token?channel=\(encoded)&account=\(String(repeating: "a", count: 255))")
      #expect(response.status == .ok)
      let checked = try CheckedToken(response.text, certificate: fixture.certificate)
      #expect(
        checked.token.services.first?.fields
          == .rtc(channelName: channel, uid: String(repeating: "a", count: 255)))
      #expect(channel.utf8.count == 63)
    }
  }

  @Test("GET /rtm/token returns an RTM login token for user_id")
  func rtmToken() async throws {
    let fixture = fixture
    try await fixture.live { client in
      let response = try await client.get("/rtm/token?user_id=dave&expire=86400")
      #expect(response.status == .ok)
      let checked = try CheckedToken(response.text, certificate: fixture.certificate)
      #expect(checked.signature == .valid)
      #expect(checked.token.expire == 86400)
      #expect(checked.token.services.first?.fields == .rtm(userID: "dave"))
      #expect(checked.privileges == [1: 86400])
    }
  }

  @Test(
    "?format=json returns {token, expires_in, expire_timestamp}",
    arguments: [
      "/chat/app/token", "/chat/user/token/erin", "/rtc/token?channel=c&uid=7",
      "/rtm/token?user_id=frank",
    ])
  func jsonFormat(path: String) async throws {
    let fixture = fixture
    try await fixture.live { client in
      let separator = path.contains("?") ? "&" : "?"
      let response = try await client.get(path + separator + "format=json&expire=900")
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "application/json")
      let json = try #require(response.json)
      #expect(Set(json.keys) == ["token", "expires_in", "expire_timestamp"])
      #expect(json["expires_in"] as? Int == 900)
      #expect(json["expire_timestamp"] as? Int == Int(ServerFixture.now) + 900)
      let checked = try CheckedToken(
        json["token"] as? String ?? "", certificate: fixture.certificate)
      #expect(checked.signature == .valid)
      #expect(checked.token.expiresAt == ServerFixture.now + 900)
    }
  }

  @Test("the server's default lifetime applies when a request gives none")
  func defaultLifetime() async throws {
    var configured = fixture
    configured.defaultExpire = 1800
    let fixture = configured
    try await fixture.live { client in
      let response = try await client.get("/rtm/token?user_id=gina")
      let checked = try CheckedToken(response.text, certificate: fixture.certificate)
      #expect(checked.token.expire == 1800)
    }
  }

  @Test("GET /healthz answers ok")
  func health() async throws {
    try await fixture.live { client in
      let response = try await client.get("/healthz")
      #expect(response.status == .ok)
      #expect(response.json?["status"] as? String == "ok")
    }
  }
}
