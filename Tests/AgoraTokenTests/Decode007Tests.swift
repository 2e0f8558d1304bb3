import AgoraToken
import AgoraTokenTestSupport
import Foundation
import Testing

/// Every vector in tokens-007.json decodes to its `expected` fields and verifies as the vector says.
@Suite("007 decode and verify over the vectors")
struct Decode007Tests {
  static let vectors = Fixtures.cases("tokens-007.json").map(FixtureCase.init)
  /// Vectors parsed from a published token carry no certificate; the rest can be verified.
  static let signedVectors = vectors.filter { $0.string("app_certificate") != nil }

  @Test("the vectors are present")
  func vectorsLoad() {
    #expect(Self.vectors.count == 77)
    #expect(Self.signedVectors.count == 76)
  }

  @Test("decodes to the expected fields", arguments: vectors)
  func decodes(_ vector: FixtureCase) throws {
    let expected = vector.object("expected")
    let decoded = try TokenDecoder.decode(try #require(vector.string("token")))
    guard case .accessToken2(let token) = decoded.token else {
      Issue.record("not a 007 token")
      return
    }
    #expect(token.version == expected["version"] as? String)
    #expect(token.appID == expected["app_id"] as? String)
    #expect(Int(token.issueTs) == expected["issue_ts"] as? Int)
    #expect(Int(token.expire) == expected["expire"] as? Int)
    #expect(Int(token.salt) == expected["salt"] as? Int)
    #expect(Int(token.serviceCount) == expected["service_count"] as? Int)
    #expect(hex(token.signature) == expected["signature_hex"] as? String)
    #expect(token.unparsedService.map { hex($0.bytes) } == expected["unparsed_hex"] as? String)
    let services = expected["services"] as? [[String: Any]] ?? []
    let known = services.filter { $0["unparsed"] == nil }
    #expect(token.services.count == known.count)
    for (service, want) in zip(token.services, known) {
      #expect(Int(service.type.rawValue) == want["type"] as? Int)
      #expect(service.type.name == want["name"] as? String)
      let privileges = Dictionary(
        uniqueKeysWithValues: service.privileges.map { (String($0.id), Int($0.value)) })
      #expect(privileges == (want["privileges"] as? [String: Int] ?? [:]))
      #expect(fieldsJSON(service.fields) == fieldsOf(want))
    }
    if let unknown = services.first(where: { $0["unparsed"] != nil }) {
      #expect(token.unparsedService.map { Int($0.type) } == unknown["type"] as? Int)
    }
  }

  @Test("verifies with the right certificate only", arguments: signedVectors)
  func verifies(_ vector: FixtureCase) throws {
    let decoded = try TokenDecoder.decode(try #require(vector.string("token")))
    let right = try #require(vector.string("app_certificate"))
    let ok = TokenVerifier.verify(
      decoded.token, certificates: [AppCertificate(secret: right, origin: "test")])
    #expect(ok.status == .valid)
    let wrong = try #require(vector.string("wrong_certificate"))
    #expect(
      TokenVerifier.verify(
        decoded.token, certificates: [AppCertificate(secret: wrong, origin: "w")]
      )
      .status == .invalid)
    if let swapped = vector.string("wrong_certificate_case_swapped") {
      let check = TokenVerifier.verify(
        decoded.token, certificates: [AppCertificate(secret: swapped, origin: "s")])
      #expect(check.status == .invalid)
      #expect(check.verifiesWithCaseChanged)
    }
  }
}

func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

func fieldsOf(_ service: [String: Any]) -> [String: String] {
  var result: [String: String] = [:]
  for (key, value) in service where !["type", "name", "privileges"].contains(key) {
    if let data = try? JSONSerialization.data(
      withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
    {
      result[key] = String(decoding: data, as: UTF8.self)
    }
  }
  return result
}

func fieldsJSON(_ fields: ServiceFields) -> [String: String] {
  func quoted(_ text: String) -> String {
    let data = try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed])
    return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
  }
  switch fields {
  case .rtc(let channel, let uid): return ["channel_name": quoted(channel), "uid": quoted(uid)]
  case .rtm(let user), .chat(let user): return ["user_id": quoted(user)]
  case .streaming(let channel, let account), .fcdn(let channel, let account):
    return ["channel_name": quoted(channel), "account": quoted(account)]
  case .fpa: return [:]
  case .apaas(let room, let user, let role):
    return ["room_uuid": quoted(room), "user_uuid": quoted(user), "role": String(role)]
  case .rtm2(let user, let permissions):
    var map: [String: [String: [String]]] = [:]
    for entry in permissions {
      var inner: [String: [String]] = [:]
      for permission in entry.permissions {
        inner[String(permission.permissionType)] = permission.resources
      }
      map[String(entry.resourceType)] = inner
    }
    let data = try? JSONSerialization.data(withJSONObject: map, options: [.sortedKeys])
    return [
      "user_id": quoted(user),
      "permissions": data.map { String(decoding: $0, as: UTF8.self) } ?? "",
    ]
  }
}
