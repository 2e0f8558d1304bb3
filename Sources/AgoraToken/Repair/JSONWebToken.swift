#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Recognises a JSON Web Token: three base64url parts separated by dots, the first a JSON object.
///
/// Source: RFC 7519 (JWT) and RFC 7515 (JWS compact serialization). The header and payload are
/// shown, never verified: agtoken has no key for them and they are not Agora tokens.
enum JSONWebToken {
  /// The header and payload members shown when present.
  static let headerMembers = ["alg", "typ", "kid"]
  static let payloadMembers = ["iss", "sub", "aud", "iat", "nbf", "exp"]
  static let timeMembers: Set<String> = ["iat", "nbf", "exp"]

  static func recognize(_ text: String) -> Recognition? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
      let headerBytes = ChatRestToken.decodeBase64URL(String(parts[0])),
      let header = JSONValue.parse(String(decoding: headerBytes, as: UTF8.self)),
      case .object = header
    else { return nil }
    let payload = ChatRestToken.decodeBase64URL(String(parts[1])).flatMap {
      JSONValue.parse(String(decoding: $0, as: UTF8.self))
    }
    var fields: [(name: String, value: String, inferred: Bool)] = []
    for name in headerMembers {
      if let value = header[name] { fields.append((name, value.text, false)) }
    }
    for name in payloadMembers {
      guard let value = payload?[name] else { continue }
      fields.append((name, value.text, false))
      if timeMembers.contains(name), case .number(let seconds) = value, seconds >= 0,
        seconds < 1e12
      {
        let iso = UnixTime.iso8601(UInt64(seconds.rounded(.down)))
        fields.append((name + "_iso", iso, false))
      }
    }
    let algorithm = header["alg"].map { " (alg \($0.text))" } ?? ""
    return Recognition(
      kind: "jwt",
      message:
        "a JSON Web Token\(algorithm), not an Agora token: Agora RTC/RTM/Chat SDKs take 006/007 tokens. Its fields are shown as read; its signature is not checked",
      fields: fields)
  }
}
