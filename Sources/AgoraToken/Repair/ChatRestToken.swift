#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads a Chat REST token (`YWMt…`), which the Chat server issues and signs with its own key.
///
/// Source: "Chat REST tokens" in `shared/cases/README.md`. No published specification exists; the
/// layout read here is inferred from public examples: base64url without padding of `"ac-"` +
/// a 16-byte UUID version 1 (its time field is the issue time) + an 8-byte big-endian expiry in
/// milliseconds since 1970 + a 20-byte tail (probably a MAC). Every field read from that layout is
/// marked inferred, and nothing in it can be verified with an App Certificate.
enum ChatRestToken {
  /// `base64("ac-")`: the start of every Chat REST token.
  static let prefix = "YWMt"
  /// The inferred layout, in words.
  static let layout =
    "base64url without padding of: 'ac-' (3 bytes) + UUID v1 (16 bytes) + expiry as big-endian milliseconds since 1970 (8 bytes) + 20-byte tail (probably a MAC; not verifiable offline)"
  /// Where the layout comes from.
  static let layoutSource = "inferred from public examples; not a published specification"
  /// 100-ns intervals from the UUID epoch (1582-10-15) to the Unix epoch (RFC 9562, section 5.1).
  static let uuidEpochOffset: UInt64 = 0x01B2_1DD2_1381_4000

  static func recognize(_ text: String) -> Recognition {
    let message =
      "a Chat REST token (\"YWMt…\"): the Chat server issues it as a bearer token for the Chat REST API. It is not an Agora 006/007 token and is not signed with the App Certificate, so it cannot be verified offline"
    guard let bytes = decodeBase64URL(text), bytes.count == 47,
      bytes.starts(with: Array("ac-".utf8))
    else {
      return Recognition(kind: "chat_rest_token", message: message + ".")
    }
    let uuid = Array(bytes[3..<19])
    let expiresMs = bytes[19..<27].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let tail = bytes[27..<47]
    let version = uuid[6] >> 4
    var fields: [(name: String, value: String, inferred: Bool)] = [
      ("decoded_length", String(bytes.count), false),
      ("layout", layout, true),
      ("layout_source", layoutSource, true),
      ("uuid", uuidText(uuid), true),
      ("uuid_version", String(version), true),
    ]
    if version == 1, let issuedMs = uuidTimeMilliseconds(uuid) {
      fields += timeFields("issued_at", milliseconds: issuedMs)
      if expiresMs >= issuedMs {
        fields.append(("lifetime_s", String((expiresMs - issuedMs) / 1000), true))
      }
    }
    fields += timeFields("expires_at", milliseconds: expiresMs)
    fields.append(("tail_hex", Hex.encode(tail), true))
    return Recognition(
      kind: "chat_rest_token",
      message: message
        + ". The times shown are read from a layout inferred from public examples, not from a published specification.",
      fields: fields)
  }

  /// The bytes of base64url text without padding, or `nil` when it is not base64url.
  static func decodeBase64URL(_ text: String) -> [UInt8]? {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy(TokenTextLayout.isURLSafeBase64), bytes.count % 4 != 1 else {
      return nil
    }
    let standard = bytes.map { byte -> UInt8 in
      switch byte {
      case UInt8(ascii: "-"): UInt8(ascii: "+")
      case UInt8(ascii: "_"): UInt8(ascii: "/")
      default: byte
      }
    }
    let padded =
      String(decoding: standard, as: UTF8.self)
      + String(repeating: "=", count: (4 - bytes.count % 4) % 4)
    return try? Base64Text.decode(Substring(padded), textOffset: 0)
  }

  /// Unix milliseconds of a version-1 UUID's 60-bit time field, or `nil` before 1970.
  static func uuidTimeMilliseconds(_ uuid: [UInt8]) -> UInt64? {
    guard uuid.count == 16 else { return nil }
    let timeLow = uuid[0..<4].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let timeMid = uuid[4..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let timeHigh = uuid[6..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) } & 0x0FFF
    let ticks = timeHigh << 48 | timeMid << 32 | timeLow
    guard ticks >= uuidEpochOffset else { return nil }
    return (ticks - uuidEpochOffset) / 10_000
  }

  /// `<name>_ms`, `<name>` (Unix seconds) and `<name>_iso` (ISO 8601 UTC with milliseconds).
  static func timeFields(_ name: String, milliseconds: UInt64) -> [(
    name: String, value: String, inferred: Bool
  )] {
    let seconds = milliseconds / 1000
    let fraction = String(milliseconds % 1000)
    let padded = String(repeating: "0", count: 3 - fraction.count) + fraction
    let iso = UnixTime.iso8601(seconds)
    return [
      (name + "_ms", String(milliseconds), true),
      (name, String(seconds), true),
      (name + "_iso", String(iso.dropLast()) + "." + padded + "Z", true),
    ]
  }

  /// The 8-4-4-4-12 lower-case text of a UUID.
  static func uuidText(_ uuid: [UInt8]) -> String {
    let hex = uuid.map { Hex.encode(CollectionOfOne($0)) }
    return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
  }
}
