/// Finds every decimal uid whose text has a given CRC-32: the uids a 006 `crc_uid` can stand for.
///
/// CRC-32 is affine over GF(2) for messages of equal length, so for a split of the text into a prefix
/// `P` and a suffix `S`: `crc(P‖S) = crc(P‖0ⁿ) ⊕ crc(0ᵏ‖S) ⊕ crc(0ᵏ⁺ⁿ)` (zero bytes). A table of the
/// suffix terms and one pass over the prefixes cover every length from 1 to 10 digits (a
/// meet-in-the-middle search, about 2 × 10⁵ CRCs). Source: `uid_crc_numeric_preimages` in
/// `shared/cases/README.md`.
public enum NumericUIDSearch {
  /// Every uid in 1...4294967295 whose decimal text has CRC-32 `crc`, ascending. An empty result means
  /// the token was built for a string account (or the uid 0, whose text is empty and CRC 0).
  public static func preimages(of crc: UInt32) -> [UInt32] {
    var found: [UInt32] = []
    for length in 1...10 {
      let prefixLength = length / 2
      let suffixLength = length - prefixLength
      let zeros = Zlib.crc32([UInt8](repeating: 0, count: length))
      let table = suffixTables[length - 1]
      var buffer = [UInt8](repeating: 0, count: length)
      let lowest = prefixLength == 0 ? 0 : power(prefixLength - 1)
      let prefixes = prefixLength == 0 ? 0..<1 : lowest..<power(prefixLength)
      for prefix in prefixes {
        if prefixLength > 0 { write(UInt32(prefix), width: prefixLength, into: &buffer, at: 0) }
        let need = crc ^ Zlib.crc32(buffer) ^ zeros
        var index = lowerBound(table, UInt64(need) << 32)
        while index < table.count && table[index] >> 32 == UInt64(need) {
          let suffix = table[index] & 0xFFFF_FFFF
          index += 1
          let value = UInt64(prefix) * UInt64(power(suffixLength)) + UInt64(suffix)
          // Without a prefix the suffix is the whole number: no leading zero allowed.
          if prefixLength == 0 && length > 1 && value < UInt64(power(length - 1)) { continue }
          if value >= 1 && value <= UInt64(UInt32.max) { found.append(UInt32(value)) }
        }
      }
    }
    return found.sorted()
  }

  /// Per text length 1...10: `crc(0^prefixLength ‖ S) << 32 | S` for every suffix `S`, sorted.
  /// The tables do not depend on the CRC searched for, so they are built once per process.
  private static let suffixTables: [[UInt64]] = (1...10).map { length in
    let prefixLength = length / 2
    let suffixLength = length - prefixLength
    var buffer = [UInt8](repeating: 0, count: length)
    var table: [UInt64] = []
    table.reserveCapacity(power(suffixLength))
    for suffix in 0..<UInt32(power(suffixLength)) {
      write(suffix, width: suffixLength, into: &buffer, at: prefixLength)
      table.append(UInt64(Zlib.crc32(buffer)) << 32 | UInt64(suffix))
    }
    table.sort()
    return table
  }

  private static func lowerBound(_ sorted: [UInt64], _ key: UInt64) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func power(_ exponent: Int) -> Int {
    var result = 1
    for _ in 0..<exponent { result *= 10 }
    return result
  }

  /// Writes `value` as `width` decimal digits at `offset`, leaving other bytes as they are.
  private static func write(_ value: UInt32, width: Int, into buffer: inout [UInt8], at offset: Int)
  {
    var rest = value
    for index in stride(from: offset + width - 1, through: offset, by: -1) {
      buffer[index] = 0x30 + UInt8(rest % 10)
      rest /= 10
    }
  }
}
