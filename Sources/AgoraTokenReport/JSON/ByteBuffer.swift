/// A growable run of bytes for ``JSONStream``, without the uniqueness check and the
/// copy-on-write branch that every `Array.append` pays: a report is written a byte or a few
/// bytes at a time, and those checks were a tenth of its cost (callgrind).
///
/// Its owner frees it with ``release()``; a copy of the value shares the storage, so only the
/// owning ``JSONStream`` holds one.
struct ByteBuffer {
  private(set) var count = 0
  private var capacity: Int
  private var storage: UnsafeMutablePointer<UInt8>

  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
  }

  /// Frees the storage; the buffer must not be used afterwards.
  func release() { storage.deallocate() }

  @inline(__always)
  subscript(index: Int) -> UInt8 { storage[index] }

  /// The bytes in `range`, for reading in place.
  func view(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage + range.lowerBound, count: range.count)
  }

  /// The bytes as text (valid UTF-8 by construction: only whole strings and ASCII go in).
  func text() -> String { String(decoding: view(0..<count), as: UTF8.self) }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(to: count + 1) }
    storage[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { grow(to: count + bytes.count) }
    (storage + count).update(from: base, count: bytes.count)
    count += bytes.count
  }

  mutating func append(_ byte: UInt8, times: Int) {
    guard times > 0 else { return }
    if count + times > capacity { grow(to: count + times) }
    (storage + count).update(repeating: byte, count: times)
    count += times
  }

  /// Drops everything from `index` on.
  mutating func truncate(to index: Int) { count = min(count, max(0, index)) }

  mutating func removeAll() { count = 0 }

  private mutating func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.initialize(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }

  /// Appends `utf8` as a JSON string literal with RFC 8259 §7 escapes: `"`, `\` and the C0
  /// controls (`\b \t \n \f \r` short, the rest `\u00xx`), as JSONEncoder writes them; every
  /// other byte as it is.
  /// - Returns: whether any byte needed an escape.
  mutating func appendJSONString(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    // Room for the worst case (every byte `\u00xx`), so the loop writes without checks.
    let needed = count + utf8.count * 6 + 2
    if needed > capacity { grow(to: needed) }
    // A local pointer: through `self` every store would reload the storage address.
    let storage = self.storage
    var out = count
    var escaped = false
    storage[out] = UInt8(ascii: "\"")
    out += 1
    for byte in utf8 {
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        storage[out] = byte
        out += 1
        continue
      }
      escaped = true
      storage[out] = UInt8(ascii: "\\")
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        storage[out + 1] = byte
        out += 2
      case 0x08, 0x09, 0x0A, 0x0C, 0x0D:
        storage[out + 1] = Self.shortEscapes[Int(byte - 0x08)]
        out += 2
      default:
        storage[out + 1] = UInt8(ascii: "u")
        storage[out + 2] = UInt8(ascii: "0")
        storage[out + 3] = UInt8(ascii: "0")
        storage[out + 4] = Self.hexDigits[Int(byte >> 4)]
        storage[out + 5] = Self.hexDigits[Int(byte & 0x0F)]
        out += 6
      }
    }
    storage[out] = UInt8(ascii: "\"")
    count = out + 1
    return escaped
  }

  /// The letters of `\b \t \n \f \r`, indexed by the control character minus 8 (`\v` unused).
  private static let shortEscapes: [UInt8] = Array("btnvfr".utf8)
  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
