import AgoraToken

/// `sdk_may_predate_007_support`: a 007 token for an SDK release from before AccessToken2 support.
///
/// Sources:
/// - RTM: Agora's RTM token guide ("As of RTM v1.4.6 for Web and v1.5.0 for other platforms,
///   Agora upgrades the authentication mechanism from AccessToken to AccessToken2";
///   https://docs.agora.io/en/Real-time-Messaging/token_server_rtm).
/// - RTC: "SDK compatibility for AccessToken2" in Agora's AccessToken2 upgrade guide
///   (https://docs.agora.io/en/agora-chat/reference/access-token-2): Native, Electron, Unity and
///   React Native from 3.5.2, Flutter from 4.2.0, Web from 4.8.0; the WeChat Mini Program SDK not
///   at all. The RTC release notes of v2.3.0 (August 31, 2018) add `onTokenPrivilegeWillExpire`,
///   30 seconds before a token expires.
///
/// The platform is not given, so for a version between the thresholds the statement names the
/// platforms it holds for.
enum SDKStatements {
  /// The first RTM SDK release that accepts 007 tokens on every platform (Web: 1.4.6).
  static let rtmNative = [1, 5, 0]
  /// The first RTM Web SDK release that accepts 007 tokens.
  static let rtmWeb = [1, 4, 6]
  /// The first RTC Native, Electron, Unity and React Native SDK release that accepts 007 tokens.
  static let rtcNative = [3, 5, 2]
  /// The first RTC Flutter SDK release that accepts 007 tokens.
  static let rtcFlutter = [4, 2, 0]
  /// The first RTC Web SDK release that accepts 007 tokens.
  static let rtcWeb = [4, 8, 0]
  /// The first native RTC release with `onTokenPrivilegeWillExpire`.
  static let rtcWillExpire = [2, 3, 0]

  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let token = facts.token2, let text = facts.context.sdkVersion,
      let version = parse(text)
    else { return [] }
    let rtmOnly =
      !token.services.isEmpty
      && token.services.allSatisfy { $0.type == .rtm || $0.type == .rtm2 }
    if facts.context.product == .rtm || (facts.context.product == nil && rtmOnly) {
      return rtm(version, text)
    }
    let hasRTC = token.services.contains { $0.type == .rtc }
    guard facts.context.product == .rtc || (facts.context.product == nil && hasRTC) else {
      return []
    }
    return rtc(version, text)
  }

  static func rtm(_ version: [Int], _ text: String) -> [Diagnosis] {
    guard less(version, rtmNative) else { return [] }
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

  static func rtc(_ version: [Int], _ text: String) -> [Diagnosis] {
    guard less(version, rtcWeb) else { return [] }
    let platforms: String
    if less(version, rtcNative) {
      platforms =
        "on every platform (Native, Electron, Unity and React Native from 3.5.2, Flutter from 4.2.0, Web from 4.8.0)"
    } else if less(version, rtcFlutter) {
      platforms =
        "if it is the Flutter SDK (007 from 4.2.0) or the Web SDK (from 4.8.0); Native, Electron, Unity and React Native accept 007 from 3.5.2"
    } else {
      platforms =
        "if it is the Web SDK (007 from 4.8.0); the other platforms accept 007 from 4.2.0 or earlier"
    }
    let callback =
      less(version, rtcWillExpire)
      ? "; it also predates onTokenPrivilegeWillExpire (2.3.0), so the app learns of expiry only when the token has expired"
      : ""
    return [
      Diagnosis(
        "sdk_may_predate_007_support",
        "the token is a 007 (AccessToken2) token, but RTC SDK \(text) predates AccessToken2 support \(platforms): old SDKs accept only 006\(callback); upgrade the SDK or build a 006 token with RtcTokenBuilder"
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
