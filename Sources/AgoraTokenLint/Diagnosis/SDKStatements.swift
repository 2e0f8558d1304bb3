import AgoraToken

/// `sdk_may_predate_007_support`: a 007 token for an SDK release from before AccessToken2 support.
///
/// Source: Agora's RTM token guide ("Use the Agora RTM SDK that supports AccessToken2": RTM Web
/// SDK 1.4.6, RTM Android, iOS, macOS, Windows and Linux SDK 1.5.0;
/// https://docs.agora.io/en/Real-time-Messaging/token_server_rtm). No such table could be sourced
/// for the RTC SDKs, so the statement is made for RTM only.
enum SDKStatements {
  /// The first RTM SDK release that accepts 007 tokens on every platform (Web: 1.4.6).
  static let rtmNative = [1, 5, 0]
  /// The first RTM Web SDK release that accepts 007 tokens.
  static let rtmWeb = [1, 4, 6]

  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let token = facts.token2, let text = facts.context.sdkVersion,
      let version = parse(text)
    else { return [] }
    let rtmOnly =
      !token.services.isEmpty
      && token.services.allSatisfy { $0.type == .rtm || $0.type == .rtm2 }
    guard facts.context.product == .rtm || (facts.context.product == nil && rtmOnly),
      less(version, rtmNative)
    else { return [] }
    let web =
      less(version, rtmWeb)
      ? "on every platform (Web from 1.4.6, the others from 1.5.0)"
      : "except on the Web (the RTM Web SDK accepts 007 from 1.4.6, the others from 1.5.0)"
    return [
      Diagnosis(
        "sdk_may_predate_007_support",
        "the token is a 007 (AccessToken2) token, but RTM SDK \(text) predates AccessToken2 support \(web): old SDKs accept only 006; upgrade the SDK or build a 006 token with RtmTokenBuilder"
      )
    ]
  }

  /// `"v1.4.5"`, `"1.4.5.2"`, `"RTM 1.4"` -> its numeric components, or `nil`.
  static func parse(_ text: String) -> [Int]? {
    guard let start = text.firstIndex(where: \.isNumber) else { return nil }
    let numbers = text[start...].prefix { $0.isNumber || $0 == "." }
      .split(separator: ".").prefix(3).compactMap { Int($0) }
    return numbers.isEmpty ? nil : numbers
  }

  /// Whether `lhs` is an earlier version than `rhs` (missing components count as 0).
  static func less(_ lhs: [Int], _ rhs: [Int]) -> Bool {
    for index in 0..<max(lhs.count, rhs.count) {
      let left = index < lhs.count ? lhs[index] : 0
      let right = index < rhs.count ? rhs[index] : 0
      if left != right { return left < right }
    }
    return false
  }
}
