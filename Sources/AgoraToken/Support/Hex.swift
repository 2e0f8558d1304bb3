/// Hexadecimal text: the one encoder every report, fingerprint and builder uses.
public enum Hex {
  /// The lower-case hex text of `bytes`, two digits a byte (`[0xAB, 0x01]` gives `ab01`).
  public static func encode(_ bytes: some Sequence<UInt8>) -> String {
    // Over contiguous bytes: the generic iteration cost about 250 instructions a byte in reports.
    bytes.withContiguousStorageIfAvailable(encode(buffer:)) ?? encode(buffer: Array(bytes))
  }

  private static func encode(buffer bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count * 2) { out in
      for (index, byte) in bytes.enumerated() {
        out[2 * index] = digits[Int(byte >> 4)]
        out[2 * index + 1] = digits[Int(byte & 0x0f)]
      }
      return bytes.count * 2
    }
  }

  private static func encode(buffer bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer(encode(buffer:))
  }

  /// A code point as people write it, `U+` and at least four upper-case hex digits (`U+00E9`).
  package static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The bytes of hex text (either case), or `nil` when it is not an even number of hex digits.
  public static func decode(_ text: String) -> [UInt8]? {
    let utf8 = Array(text.utf8)
    guard utf8.count % 2 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count / 2)
    var index = 0
    while index < utf8.count {
      guard let high = value(utf8[index]), let low = value(utf8[index + 1]) else { return nil }
      out.append(high << 4 | low)
      index += 2
    }
    return out
  }

  /// The value of one hex digit of either case, or `nil` for any other byte.
  static func value(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }

  private static let digits = Array("0123456789abcdef".utf8)
}

/// Whether `text` is exactly 32 hexadecimal digits, in either case: the shape of an App ID and of
/// an App Certificate as the Agora console issues them.
public func isHex32(_ text: String) -> Bool {
  // Over the contiguous bytes: iterating `String.UTF8View` cost about 37 instructions a byte.
  text.utf8.count == 32
    && (text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(\.isHexDigitASCII) }
      ?? text.utf8.allSatisfy(\.isHexDigitASCII))
}

extension UInt8 {
  var isHexDigitASCII: Bool {
    (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x46)
      || (self >= 0x61 && self <= 0x66)
  }
}
