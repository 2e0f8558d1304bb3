import AgoraTokenTestSupport
import Foundation
import Testing

@testable import AgoraToken

/// ``AccessToken006Builder`` rebuilds every 006 vector byte for byte from its decoded fields (app
/// id, channel, uid text, salt, ts, privileges) and its certificate, so the encoder and the
/// decoder are each other's inverse on Agora's own tokens.
@Suite("006 builder over the vectors")
struct Build006Tests {
  static let vectors = Fixtures.cases("tokens-006.json").map(FixtureCase.init)

  static func privileges(_ vector: FixtureCase) -> [Privilege] {
    vector.object("expected")["privileges"].flatMap { $0 as? [String: Int] }.map { map in
      map.compactMap { key, value in
        guard let id = UInt16(key), let value = UInt32(exactly: value) else { return nil }
        return Privilege(id: id, value: value)
      }
    } ?? []
  }

  @Test("rebuilds the vector's token text exactly", arguments: vectors)
  func rebuilds(_ vector: FixtureCase) throws {
    let expected = vector.object("expected")
    let builder = AccessToken006Builder(
      appID: try #require(expected["app_id"] as? String),
      certificate: try #require(vector.string("app_certificate")),
      channelName: try #require(vector.string("channel_name")),
      uid: try #require(vector.string("uid")),
      salt: UInt32(try #require(expected["salt"] as? Int)),
      ts: UInt32(try #require(expected["ts"] as? Int)),
      privileges: Self.privileges(vector))
    #expect(try builder.build() == vector.string("token"))
  }

  @Test("refuses a certificate that is not 32 hex characters, naming only its origin")
  func badCertificate() {
    let builder = AccessToken006Builder(
      appID: "7b1e6f0c2a9d48e3b5c4d3e2f1a09876",
      certificate: AppCertificate(secret: "short-secret", origin: "test file line 1"),
      channelName: "c", uid: "", salt: 1, ts: 1_718_086_400, privileges: [])
    #expect {
      try builder.build()
    } throws: { error in
      guard let error = error as? BuildError else { return false }
      return error.kind == .badCertificate && error.message.contains("test file line 1")
        && !error.message.contains("short-secret")
    }
    #expect(!String(describing: builder).contains("short-secret"))
  }
}
