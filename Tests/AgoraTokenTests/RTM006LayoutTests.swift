import Foundation
import Testing

@testable import AgoraToken

/// RTM 006 layouts built here with the 006 recipe: the user id in the channel slot (right) or in
/// the uid slot (the RTC layout, wrong for RTM).
@Suite("RTM 006 layouts")
struct RTM006LayoutTests {
  static let appID = "0123456789abcdef0123456789abcdef"
  static let certificate = "fedcba9876543210fedcba9876543210"

  /// `006 + app_id + base64(pack_string(sig) + crc(channel) + crc(uid) + pack_string(m))`.
  static func build(channel: String, uid: String, privileges: [(UInt16, UInt32)]) -> String {
    var message = ByteWriter()
    message.write(UInt32(7))
    message.write(UInt32(1_800_000_000))
    message.write(UInt16(privileges.count))
    for (id, value) in privileges {
      message.write(id)
      message.write(value)
    }
    let signature = AccessToken006Signer.sign(
      appID: appID, channel: channel, uid: uid, message: message.bytes, certificate: certificate)
    var content = ByteWriter()
    content.write(UInt16(signature.count))
    content.writeRaw(signature)
    content.write(Zlib.crc32(Array(channel.utf8)))
    content.write(Zlib.crc32(Array(uid.utf8)))
    content.write(UInt16(message.bytes.count))
    content.writeRaw(message.bytes)
    return "006" + appID + Base64Text.encode(content.bytes)
  }

  @Test("the user id in the uid slot is named as such")
  func userIDInUIDSlot() throws {
    let text = Self.build(channel: "lobby", uid: "alice", privileges: [(1000, 0)])
    let token = try TokenDecoder.decode(text).token
    let checks = IdentityComparison.compare(token, with: ClientIdentity(account: "alice"))
    let channel = try #require(checks.first { $0.field == "crc_channel_name" })
    #expect(!channel.matches)
    #expect(channel.note?.contains("sits in the uid slot") == true)
    guard case .accessToken006(let decoded) = token else {
      Issue.record("the token is not of the version this test is about")
      return
    }
    #expect(AccessToken006Facts(decoded).notes.contains { $0.contains("uid slot is not empty") })
  }

  @Test("the right layout verifies with --account alone")
  func rightLayout() throws {
    let text = Self.build(channel: "alice", uid: "", privileges: [(1000, 0)])
    let token = try TokenDecoder.decode(text).token
    let identity = ClientIdentity(account: "alice")
    let checks = IdentityComparison.compare(token, with: identity)
    #expect(!checks.isEmpty && checks.allSatisfy { $0.matches })
    let check = TokenVerifier.verify(
      token, certificates: [AppCertificate(secret: Self.certificate, origin: "t")],
      identity: identity)
    #expect(check.status == .valid)
    #expect(check.inputs == ["channel": "alice", "uid": ""])
  }
}
