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
  ///
  /// The search holds no cache: ``Inspector`` runs it once per token (``DecodedToken/facts006``)
  /// and every reader of the inspection shares that answer.
  public static func preimages(of crc: UInt32) -> [UInt32] {
    var found: [UInt32] = []
    for split in splits {
      let need = crc ^ split.zeros
      for (prefix, prefixTerm) in split.prefixTerms.enumerated() {
        let target = need ^ prefixTerm
        let bucket = Int(target >> split.shift)
        var index = Int(split.bucketStarts[bucket])
        let end = Int(split.bucketStarts[bucket + 1])
        while index < end {
          let entry = split.suffixTerms[index]
          index += 1
          guard UInt32(truncatingIfNeeded: entry >> 32) == target else { continue }
          let suffix = UInt64(entry & 0xFFFF_FFFF)
          let value = UInt64(split.lowestPrefix + prefix) * split.suffixScale + suffix
          // Without a prefix the suffix is the whole number: no leading zero allowed.
          if split.prefixLength == 0 && split.length > 1 && value < split.lowestWhole { continue }
          if value >= 1 && value <= UInt64(UInt32.max) { found.append(UInt32(value)) }
        }
      }
    }
    return found.sorted()
  }

  /// One text length, split into a prefix and a suffix, with every CRC term precomputed.
  ///
  /// The terms do not depend on the CRC searched for, so they are built once per process
  /// (about 4 MB); each search is then about 10⁵ table look-ups instead of 10⁵ CRC computations.
  private struct Split: Sendable {
    let length: Int
    let prefixLength: Int
    let lowestPrefix: Int
    let suffixScale: UInt64
    let lowestWhole: UInt64
    /// `crc(0^length)`.
    let zeros: UInt32
    /// `crc(P ‖ 0^suffixLength)` for every prefix `P`, in prefix order from ``lowestPrefix``.
    let prefixTerms: [UInt32]
    /// `crc(0^prefixLength ‖ S) << 32 | S` for every suffix `S`, sorted, and indexed by its top bits.
    let suffixTerms: [UInt64]
    let bucketStarts: [UInt32]
    let shift: UInt32
  }

  private static let splits: [Split] = (1...10).map { length in
    let prefixLength = length / 2
    let suffixLength = length - prefixLength
    var buffer = [UInt8](repeating: 0, count: length)
    let suffixCount = power(suffixLength)
    var suffixTerms: [UInt64] = []
    suffixTerms.reserveCapacity(suffixCount)
    for suffix in 0..<UInt32(suffixCount) {
      write(suffix, width: suffixLength, into: &buffer, at: prefixLength)
      suffixTerms.append(UInt64(Zlib.crc32(buffer)) << 32 | UInt64(suffix))
    }
    suffixTerms.sort()
    let bits = 16
    let shift = UInt32(32 - bits)
    var bucketStarts = [UInt32](repeating: 0, count: (1 << bits) + 1)
    for entry in suffixTerms { bucketStarts[Int(UInt32(entry >> 32) >> shift) + 1] += 1 }
    for index in 1..<bucketStarts.count { bucketStarts[index] += bucketStarts[index - 1] }
    buffer = [UInt8](repeating: 0, count: length)
    let lowestPrefix = prefixLength == 0 ? 0 : power(prefixLength - 1)
    let highestPrefix = prefixLength == 0 ? 1 : power(prefixLength)
    var prefixTerms: [UInt32] = []
    prefixTerms.reserveCapacity(highestPrefix - lowestPrefix)
    for prefix in lowestPrefix..<highestPrefix {
      if prefixLength > 0 { write(UInt32(prefix), width: prefixLength, into: &buffer, at: 0) }
      prefixTerms.append(Zlib.crc32(buffer))
    }
    return Split(
      length: length, prefixLength: prefixLength, lowestPrefix: lowestPrefix,
      suffixScale: UInt64(power(suffixLength)), lowestWhole: UInt64(power(length - 1)),
      zeros: Zlib.crc32([UInt8](repeating: 0, count: length)), prefixTerms: prefixTerms,
      suffixTerms: suffixTerms, bucketStarts: bucketStarts, shift: shift)
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
