import AgoraToken

/// The facts every statement family reads: the token under diagnosis (the decoded token, or the
/// fixed token of an after-fix), its signature verdict, the context and the raw input.
///
/// Source: `shared/cases/README.md`: for an input rejected with an `after_fix`, identity, time and
/// uid statements refer to the fixed token.
struct DiagnosisFacts {
  let inspection: Inspection
  let findings: [Finding]
  let context: DiagnosisContext
  /// The input as the user gave it, before repairs, when known.
  let raw: String
  /// The decoded token, or the fixed token of an after-fix.
  let token: AnyToken?
  /// The signature verdict for ``token``.
  let signature: SignatureCheck
  /// Every decimal uid whose CRC-32 is the 006 `crc_uid`; `nil` when not searched.
  var numericPreimages: [UInt32]?
  /// The clock skew tolerated, in seconds, as the lint time rules tolerate it.
  var leeway: UInt64 = 0

  init(inspection: Inspection, findings: [Finding], context: DiagnosisContext) {
    self.inspection = inspection
    self.findings = findings
    self.context = context
    raw = inspection.raw
    if let decoded = inspection.decoded {
      token = decoded.token
      signature = inspection.signature
    } else if let fix = inspection.afterFix {
      token = fix.decoded.token
      signature = fix.signature
    } else {
      token = nil
      signature = inspection.signature
    }
  }

  var token2: AccessToken2? {
    guard case .accessToken2(let token) = token else { return nil }
    return token
  }

  var token006: AccessToken006? {
    guard case .accessToken006(let token) = token else { return nil }
    return token
  }

  /// The RTC services of a 007 token, with their index, channel and uid.
  var rtcServices: [(index: Int, channel: String, uid: String)] {
    guard let token2 else { return [] }
    return token2.services.enumerated().compactMap { index, service in
      guard case .rtc(let channel, let uid) = service.fields else { return nil }
      return (index, channel, uid)
    }
  }

  /// The RTM and RTM2 services of a 007 token, with their index and user id.
  var rtmServices: [(index: Int, userID: String)] {
    guard let token2 else { return [] }
    return token2.services.enumerated().compactMap { index, service in
      switch service.fields {
      case .rtm(let user), .rtm2(let user, _): (index, user)
      default: nil
      }
    }
  }

  /// Whether a 006 token is meant for RTC: it carries RTC privileges or no RTM login.
  var is006RTC: Bool {
    guard let token006 else { return false }
    return token006.hasRTCPrivileges || !token006.hasRTMLogin
  }

  /// The join uid as the builders pack it: `""` for uid 0, the decimal uid, or the account.
  var joinUIDText: String? { context.identity.uidText }

  /// Whether the join used the integer-uid API.
  var joinsWithIntegerUID: Bool { context.identity.uid != nil && !context.uidPassedAsString }

  static func crc(_ text: String) -> UInt32 { AccessToken006.crc(text) }

  /// Whether a 006 `crc_uid` admits the join uid: equal CRC, or the wildcard for an integer uid.
  func crcUIDAdmits(_ token: AccessToken006, _ text: String, integer: Bool) -> Bool {
    if token.crcUID == 0 && integer { return true }
    return Self.crc(text) == token.crcUID
  }

  /// Whether a 007 uid text admits the join uid: equal text, or the wildcard for an integer uid.
  static func uidAdmits(_ tokenUID: String, _ joinText: String, integer: Bool) -> Bool {
    (tokenUID.isEmpty && integer) || tokenUID == joinText
  }

  /// Whether a uid text is a plain decimal uid 1...4294967295 (no leading zero).
  static func isDecimalUID(_ text: String) -> Bool {
    guard let value = UInt32(text), value != 0 else { return false }
    return String(value) == text
  }

  /// The string accounts in the context (join and built-for) that are not decimal uids.
  var contextAccounts: [(text: String, source: String)] {
    var result: [(String, String)] = []
    if let account = context.identity.account, !Self.isDecimalUID(account) {
      result.append((account, "the account the client joined with"))
    }
    if let account = context.builtFor.account, !Self.isDecimalUID(account) {
      result.append((account, "the account the token server says it used"))
    }
    return result
  }

  /// ` (lint AT216 expire_looks_absolute)` when that lint rule fired on the input, else `""`.
  func lintNote(_ name: String) -> String {
    findings.first { $0.name == name }.map { " (lint \($0.code) \($0.name))" } ?? ""
  }
}
