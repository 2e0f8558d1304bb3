import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation

/// Hand-made tokens and contexts for rule tests: a clean baseline and single-field variations.
enum LintFixtures {
  static let appID = "0123456789abcdef0123456789abcdef"
  static let issueTs: UInt32 = 1_700_000_000
  static let channel = "room-1"
  static let uid = "1234"

  /// A clean RTC publisher token (join and publish 3600 s, expire 3600 s).
  static func token(_ change: (inout AccessToken2) -> Void = { _ in }) -> AccessToken2 {
    var token = AccessToken2()
    token.appID = appID
    token.issueTs = issueTs
    token.expire = 3_600
    token.salt = 7
    token.signature = Array(repeating: 0xAB, count: 32)
    token.services = [
      Service(
        type: .rtc,
        privileges: (1...4).map { Privilege(id: $0, value: 3_600) },
        fields: .rtc(channelName: channel, uid: uid))
    ]
    token.serviceCount = 1
    token.signingInfo = [1, 2, 3]
    change(&token)
    token.serviceCount = UInt16(token.services.count) + (token.unparsedService == nil ? 0 : 1)
    return token
  }

  /// An inspection of `token` whose signature checked out, with the warnings a lenient decode
  /// of it reports (the structure rules restate them).
  static func inspection(
    _ token: AccessToken2, signature: SignatureCheck = SignatureCheck(status: .valid),
    repairs: [AppliedRepair] = []
  ) -> Inspection {
    Inspection(
      source: InputSource(file: "tokens.txt", line: 1), text: "007-test", repairs: repairs,
      decoded: DecodedToken(
        token: .accessToken2(token), warnings: AccessToken2Codec.warnings(for: token)),
      signature: signature)
  }

  /// A context in which the baseline token passes every rule, including the identity rules.
  static func context(_ change: (inout LintContext) -> Void = { _ in }) -> LintContext {
    var context = LintContext(
      now: UInt64(issueTs) + 60, leeway: 0, expiresWithin: 600,
      identity: ClientIdentity(appID: appID, channel: channel, uid: 1234),
      expectedServices: [.rtc], expectedPrivileges: ["joinChannel", "publishVideoStream"])
    change(&context)
    return context
  }

  /// The names of the findings of every rule.
  static func names(_ inspection: Inspection, _ context: LintContext) -> [String] {
    Linter().lint(inspection, context: context).map(\.name)
  }

  /// A token from a fixture file by case id, inspected with `certificate` (if any).
  static func vectorToken(_ file: String, _ id: String) -> String? {
    Fixtures.cases(file).first { $0["id"] as? String == id }?["token"] as? String
  }
}
