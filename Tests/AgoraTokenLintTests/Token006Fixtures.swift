import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation

@testable import AgoraToken

/// 006 tokens signed in the test with the library's ``AccessToken006Signer`` and inspected through
/// the real pipeline (``Inspector``: decode, verify, identity checks), for the 006 lint rules.
enum Token006Fixtures {
  static let appID = LintFixtures.appID
  static let certificate = "fedcba9876543210fedcba9876543210"
  /// The token's expiry (`ts`), absolute Unix seconds.
  static let ts: UInt32 = 1_700_086_400
  static let channel = "room-1"

  /// The text of a 006 token built as `AccessToken.build` does: `m` is salt, ts and privileges,
  /// signed with `app_id + channel + uid + m`.
  static func text(
    channel: String = channel, uid: String = "1234", ts: UInt32 = ts,
    privileges: [(UInt16, UInt32)] = (1...4).map { ($0, 1_700_086_400) }
  ) throws -> String {
    var message = ByteWriter()
    message.write(UInt32(99))
    message.write(ts)
    message.write(UInt16(privileges.count))
    for (id, value) in privileges {
      message.write(id)
      message.write(value)
    }
    let signature = AccessToken006Signer.sign(
      appID: appID, channel: channel, uid: uid, message: message.bytes, certificate: certificate)
    var content = ByteWriter()
    try content.writePacked(signature, field: "signature")
    content.write(Zlib.crc32(Array(channel.utf8)))
    content.write(Zlib.crc32(Array(uid.utf8)))
    try content.writePacked(message.bytes, field: "m")
    return "006" + appID + Data(content.bytes).base64EncodedString()
  }

  /// An RTM token as `RtmTokenBuilder.buildToken` makes it: user id in the channel slot, empty uid,
  /// privilege 1000.
  static func rtmText(user: String) throws -> String {
    try text(channel: user, uid: "", privileges: [(1000, 0)])
  }

  /// Inspects `text` with the certificate and `identity`, as `agtoken lint` does.
  static func inspection(_ text: String, identity: ClientIdentity = ClientIdentity()) -> Inspection
  {
    Inspector(
      certificates: [AppCertificate(secret: certificate, origin: "test")], identity: identity
    ).inspect(text, source: InputSource(file: "tokens.txt", line: 1))
  }

  /// The names of the findings for `text` judged at `now` for `identity`.
  static func names(
    _ text: String, now: UInt64 = UInt64(ts) - 3_600, identity: ClientIdentity = ClientIdentity(),
    _ change: (inout LintContext) -> Void = { _ in }
  ) -> [String] {
    var context = LintContext(now: now, identity: identity)
    change(&context)
    return Linter().lint(inspection(text, identity: identity), context: context).map(\.name)
  }

  /// The findings named `name`.
  static func findings(
    _ name: String, _ text: String, now: UInt64 = UInt64(ts) - 3_600,
    identity: ClientIdentity = ClientIdentity()
  ) -> [Finding] {
    Linter().lint(
      inspection(text, identity: identity), context: LintContext(now: now, identity: identity)
    ).filter { $0.name == name }
  }
}
