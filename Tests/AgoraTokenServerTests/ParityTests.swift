import AgoraToken
import AgoraTokenServer
import AgoraTokenTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /inspect` and `POST /lint` agree byte for byte with `agtoken inspect --format json` and
/// `agtoken lint --format json` for the same token, certificate and `--now`.
@Suite("inspect and lint parity with the CLI, live")
struct ParityTests {
  let fixture = ServerFixture()

  /// Inputs: tokens the server issued (valid), public vectors (signed with other certificates, so
  /// invalid here), and an input that does not decode.
  func inputs(_ client: any TestClientProtocol) async throws -> [String] {
    var inputs: [String] = []
    inputs.append(try await client.get("/chat/app/token").text)
    inputs.append(try await client.get("/rtc/token?channel=c&uid=5&role=subscriber").text)
    inputs.append(try await client.get("/rtm/token?user_id=u&expire=60").text)
    inputs.append(try await client.get("/chat/user/token/x?expire=86400").text)
    inputs += Fixtures.cases("tokens-007.json").prefix(6).compactMap { $0["token"] as? String }
    inputs.append("007-not-a-token")
    return inputs
  }

  func cli(_ command: String, _ token: String, extra: [String] = []) throws -> String {
    let fixture = fixture
    let run = try CommandLineRun.agtoken(
      [
        command, "--format", "json", "--now", String(ServerFixture.now), "--cert-env",
        ServerFixture.certificateVariable,
      ] + extra + [token],
      environment: [ServerFixture.certificateVariable: fixture.certificate],
      // Away from any .agtoken.toml, so lint runs every rule at its defaults, as the server does.
      directory: FileManager.default.temporaryDirectory)
    return run.stdout
  }

  @Test("POST /inspect equals agtoken inspect --format json, body as text or as {\"token\"}")
  func inspect() async throws {
    let fixture = fixture
    let pairs = try await fixture.live { client in
      var pairs: [(String, String, String)] = []
      for token in try await inputs(client) {
        let plain = try await client.post("/inspect", token + "\n").text
        let json = try await client.post(
          "/inspect", "{\"token\": \"\(token)\"}", headers: [.contentType: "application/json"]
        ).text
        pairs.append((token, plain, json))
      }
      return pairs
    }
    #expect(pairs.count >= 10)
    for (token, plain, json) in pairs {
      let expected = try cli("inspect", token)
      #expect(!expected.isEmpty)
      #expect(plain == expected, "\(Inspection.fingerprint(of: token))")
      #expect(json == expected)
    }
    let statuses = pairs.compactMap { pair in
      (try? JSONSerialization.jsonObject(with: Data(pair.1.utf8)) as? [String: Any])?["status"]
        as? String
    }
    #expect(statuses.prefix(5) == ["valid", "valid", "valid", "valid", "invalid"])
    #expect(statuses.last == "error")
  }

  @Test("identity parameters match the CLI's identity flags")
  func identity() async throws {
    let fixture = fixture
    let (token, document) = try await fixture.live { client in
      let token = try await client.get("/rtc/token?channel=c&uid=5").text
      let document = try await client.post(
        "/inspect?app_id=\(fixture.appID)&channel=d&uid=6", token
      ).text
      return (token, document)
    }
    let expected = try cli(
      "inspect", token, extra: ["--app-id", fixture.appID, "--channel", "d", "--uid", "6"])
    #expect(document == expected)
    #expect(document.contains("identity_checks"))
  }

  @Test("POST /lint equals agtoken lint --format json")
  func lint() async throws {
    let fixture = fixture
    let pairs = try await fixture.live { client in
      var pairs: [(String, String)] = []
      for token in try await inputs(client) {
        pairs.append((token, try await client.post("/lint", token).text))
      }
      return pairs
    }
    for (token, document) in pairs {
      #expect(document == (try cli("lint", token)), "\(Inspection.fingerprint(of: token))")
    }
  }
}
