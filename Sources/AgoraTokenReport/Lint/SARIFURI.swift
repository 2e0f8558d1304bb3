/// A file path as a SARIF `artifactLocation.uri`: a relative URI reference (SARIF 2.1.0 §3.10),
/// so every byte outside RFC 3986's unreserved characters and `/` is percent-encoded. A raw
/// `my tokens 100%.txt` is not a URI, and `a:b.txt` would read as the scheme `a:`.
enum SARIFURI {
  /// `path` percent-encoded byte by byte (UTF-8), upper-case hex, `/` kept.
  static func reference(_ path: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(path.utf8.count)
    for byte in path.utf8 {
      if isKept(byte) {
        out.append(byte)
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func isKept(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
      UInt8(ascii: "/"):
      true
    default: false
    }
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
