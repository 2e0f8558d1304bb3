/// The bytes of one JSON document as ``ReportJSONEncoder`` writes them, with the containers that
/// are still open.
///
/// Values go straight into `bytes` in the order they are encoded; no tree is built. An object's
/// members arrive in declaration order, so when the object closes its members are put in key
/// order (by the UTF-8 bytes of the keys, the later of two equal keys kept, as JSONEncoder's
/// `.sortedKeys` does). A container closes when its parent writes again or the document ends,
/// which is how every `Encodable` of the reports uses containers; a write into a container that
/// has already closed marks the document `failed`, and the renderer falls back to JSONEncoder.
final class JSONStream {
  let pretty: Bool
  // Unchecked: every container writes here; dynamic exclusivity checks were a third of the time.
  @exclusivity(unchecked) private(set) var bytes: ByteBuffer
  /// Set when a value could not be written as JSONEncoder would; the text is then unusable.
  var failed = false

  @exclusivity(unchecked) private var frames: [Frame] = []
  /// The members of every open object, innermost object's last.
  @exclusivity(unchecked) private var members: [Member] = []
  @exclusivity(unchecked) private var scratch = ByteBuffer(capacity: 1_024)
  /// The keys that needed escapes, which sort by their text rather than their literal.
  private var escapedKeys: [String] = []
  private var nextSerial = 0

  /// One open object or array.
  private struct Frame {
    let isObject: Bool
    /// Tells a container apart from a later one at the same depth.
    let serial: Int
    /// The slot (``Slot/serial``) whose value this container is.
    let slot: Int
    /// Where the first member or element begins: right after the opening bracket.
    let contentStart: Int
    /// The index in `members` of this object's first member.
    let memberBase: Int
    var count = 0
  }

  /// One member of an open object: where its bytes (separator first) and its key's literal
  /// begin, and the key itself when escapes made its literal sort differently from it.
  ///
  /// Plain integers only, so that moving members while sorting costs no reference counting.
  private struct Member {
    let start: Int
    let keyStart: Int
    let keyEnd: Int
    /// The index of the key in `escapedKeys`, or -1.
    let escapedKey: Int
    /// The key's first eight bytes, big-endian and zero-padded: most comparisons end here.
    let prefix: UInt64
  }

  /// Where one value goes: into the container at `level` (`-1` for the document itself).
  struct Slot {
    let level: Int
    let serial: Int
  }

  /// A container handed out to an `Encodable`: the frame at `level`, if still that frame.
  struct ContainerID {
    let level: Int
    let serial: Int
  }

  init(pretty: Bool) {
    self.pretty = pretty
    bytes = ByteBuffer(capacity: pretty ? 8_192 : 4_096)
  }

  deinit {
    bytes.release()
    scratch.release()
  }

  /// The document's text, once ``finish()`` has closed every container.
  var text: String { bytes.text() }

  /// The slot of the document's single top-level value.
  func rootSlot() -> Slot { Slot(level: -1, serial: makeSerial()) }

  private func makeSerial() -> Int {
    nextSerial += 1
    return nextSerial
  }

  // MARK: Containers

  /// Opens an object or array as the value of `slot`, or returns the one already opened for it
  /// (an `Encodable` may ask its encoder for its container more than once).
  func open(isObject: Bool, in slot: Slot) -> ContainerID {
    let level = slot.level + 1
    if level < frames.count, frames[level].slot == slot.serial,
      frames[level].isObject == isObject
    {
      return ContainerID(level: level, serial: frames[level].serial)
    }
    closeFrames(deeperThan: slot.level)
    if level != frames.count { failed = true }
    bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
    let serial = makeSerial()
    frames.append(
      Frame(
        isObject: isObject, serial: serial, slot: slot.serial, contentStart: bytes.count,
        memberBase: members.count))
    return ContainerID(level: level, serial: serial)
  }

  /// Starts the member `key` of the object `container` and returns the slot of its value.
  func beginMember(_ key: String, in container: ContainerID) -> Slot {
    guard enter(container) else { return Slot(level: container.level, serial: makeSerial()) }
    let start = bytes.count
    writeSeparator(level: container.level)
    let keyStart = bytes.count
    var escapedKey = -1
    let (escaped, prefix) = writeKey(key)
    if escaped {
      escapedKey = escapedKeys.count
      escapedKeys.append(key)
    }
    members.append(
      Member(
        start: start, keyStart: keyStart, keyEnd: bytes.count, escapedKey: escapedKey,
        prefix: prefix))
    append(pretty ? " : " : ":")
    return Slot(level: container.level, serial: makeSerial())
  }

  /// Starts the next element of the array `container` and returns the slot of its value.
  func beginElement(in container: ContainerID) -> Slot {
    guard enter(container) else { return Slot(level: container.level, serial: makeSerial()) }
    writeSeparator(level: container.level)
    return Slot(level: container.level, serial: makeSerial())
  }

  /// Starts the member `key` of an object that ``DirectJSON`` writes: its members come in key
  /// order, so the object keeps no member list and closes without sorting. `key` needs no escape.
  func directMember(_ key: StaticString, in container: ContainerID) -> Slot {
    guard enter(container) else { return Slot(level: container.level, serial: makeSerial()) }
    writeSeparator(level: container.level)
    bytes.append(UInt8(ascii: "\""))
    append(key)
    bytes.append(UInt8(ascii: "\""))
    append(pretty ? " : " : ":")
    return Slot(level: container.level, serial: makeSerial())
  }

  /// ``directMember(_:in:)`` for a key known only at run time (a privilege id, a certificate
  /// input's name); the caller gives the keys in key order.
  func directMember(named key: String, in container: ContainerID) -> Slot {
    guard enter(container) else { return Slot(level: container.level, serial: makeSerial()) }
    writeSeparator(level: container.level)
    writeString(key)
    append(pretty ? " : " : ":")
    return Slot(level: container.level, serial: makeSerial())
  }

  /// The number of members or elements written so far into `container`.
  func count(of container: ContainerID) -> Int {
    container.level < frames.count && frames[container.level].serial == container.serial
      ? frames[container.level].count : 0
  }

  /// Makes `container` the innermost open one, closing what was opened inside it.
  private func enter(_ container: ContainerID) -> Bool {
    guard container.level < frames.count, frames[container.level].serial == container.serial
    else {
      failed = true
      return false
    }
    closeFrames(deeperThan: container.level)
    frames[container.level].count += 1
    return true
  }

  /// Before a scalar written into `slot`: closes the containers opened inside its parent.
  func prepareScalar(in slot: Slot) {
    closeFrames(deeperThan: slot.level)
    if frames.count != slot.level + 1 { failed = true }
  }

  /// Writes an empty object as the value of `slot`: JSONEncoder's form of a value that encoded
  /// nothing.
  func writeEmptyObject(in slot: Slot) {
    _ = open(isObject: true, in: slot)
    closeFrames(deeperThan: slot.level)
  }

  /// Closes every open container; afterwards `bytes` is the document.
  func finish() {
    closeFrames(deeperThan: -1)
    escapedKeys.removeAll()
  }

  private func writeSeparator(level: Int) {
    if frames[level].count > 1 { bytes.append(UInt8(ascii: ",")) }
    newline(depth: level + 1)
  }

  private func closeFrames(deeperThan level: Int) {
    while frames.count > level + 1 {
      let frame = frames.removeLast()
      if frame.isObject { closeObject(frame) } else { closeArray(frame) }
    }
  }

  private func closeArray(_ frame: Frame) {
    closeContainer(empty: frame.count == 0, depth: frames.count, bracket: UInt8(ascii: "]"))
  }

  private func closeObject(_ frame: Frame) {
    let depth = frames.count
    defer {
      members.removeSubrange(frame.memberBase...)
      closeContainer(empty: frame.count == 0, depth: depth, bracket: UInt8(ascii: "}"))
    }
    let own = members[frame.memberBase...]
    guard !inKeyOrder(own) else { return }
    // Members out of key order: copy them out and write them back sorted, separators anew.
    scratch.removeAll()
    let end = bytes.count
    scratch.append(bytes.view(frame.contentStart..<end))
    bytes.truncate(to: frame.contentStart)
    let ordered = keyOrder(own)
    for (position, index) in ordered.enumerated() {
      let member = own[index]
      let next = index + 1 < own.endIndex ? own[index + 1].start : end
      if position > 0 { bytes.append(UInt8(ascii: ",")) }
      newline(depth: depth + 1)
      bytes.append(
        scratch.view((member.keyStart - frame.contentStart)..<(next - frame.contentStart)))
    }
  }

  private func closeContainer(empty: Bool, depth: Int, bracket: UInt8) {
    if empty {
      // JSONEncoder writes an empty container on three lines when pretty.
      if pretty {
        bytes.append(UInt8(ascii: "\n"))
        newline(depth: depth)
      }
    } else {
      newline(depth: depth)
    }
    bytes.append(bracket)
  }

  private func inKeyOrder(_ members: ArraySlice<Member>) -> Bool {
    var previous: Member?
    for member in members {
      if let previous, compare(previous, member) >= 0 { return false }
      previous = member
    }
    return true
  }

  /// The indices of `members` in key order, of two equal keys only the later (a dictionary's rule).
  private func keyOrder(_ members: ArraySlice<Member>) -> [Int] {
    // An insertion sort: a report object has a handful of members, and it is stable, so that of
    // two equal keys the later stays behind the earlier.
    var order = Array(members.indices)
    for position in order.indices.dropFirst() {
      let current = order[position]
      var slot = position
      while slot > 0, compare(members[order[slot - 1]], members[current]) > 0 {
        order[slot] = order[slot - 1]
        slot -= 1
      }
      order[slot] = current
    }
    var kept: [Int] = []
    kept.reserveCapacity(order.count)
    for index in order {
      if let last = kept.last, compare(members[last], members[index]) == 0 {
        kept[kept.count - 1] = index
      } else {
        kept.append(index)
      }
    }
    return kept
  }

  /// The order of two members' keys by their UTF-8 bytes: below, at or above zero.
  ///
  /// A key written without escapes is compared where it lies in `bytes`, which is the cheap path
  /// every report key takes; escapes change the order, so such a key is compared as a string.
  private func compare(_ left: Member, _ right: Member) -> Int {
    if left.escapedKey >= 0 || right.escapedKey >= 0 {
      let leftKey = left.escapedKey >= 0 ? escapedKeys[left.escapedKey] : literal(left)
      let rightKey = right.escapedKey >= 0 ? escapedKeys[right.escapedKey] : literal(right)
      if leftKey == rightKey { return 0 }
      return leftKey.utf8.lexicographicallyPrecedes(rightKey.utf8) ? -1 : 1
    }
    if left.prefix != right.prefix { return left.prefix < right.prefix ? -1 : 1 }
    do {
      let buffer = bytes
      var leftIndex = left.keyStart + 1
      var rightIndex = right.keyStart + 1
      let leftEnd = left.keyEnd - 1
      let rightEnd = right.keyEnd - 1
      while leftIndex < leftEnd, rightIndex < rightEnd {
        if buffer[leftIndex] != buffer[rightIndex] {
          return Int(buffer[leftIndex]) - Int(buffer[rightIndex])
        }
        leftIndex += 1
        rightIndex += 1
      }
      return (leftEnd - leftIndex) - (rightEnd - rightIndex)
    }
  }

  /// The key of a member written without escapes, read back from its literal.
  private func literal(_ member: Member) -> String {
    String(decoding: bytes.view((member.keyStart + 1)..<(member.keyEnd - 1)), as: UTF8.self)
  }

  // MARK: Scalars

  private func newline(depth: Int) {
    guard pretty else { return }
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(UInt8(ascii: " "), times: depth * 2)
  }

  func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append($0) }
  }

  /// An integer in decimal, without a `String` in between.
  func writeInteger<T: BinaryInteger>(_ value: T) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      writeMagnitude(UInt64(truncatingIfNeeded: 0 &- Int64(truncatingIfNeeded: value)))
    } else {
      writeMagnitude(UInt64(truncatingIfNeeded: value))
    }
  }

  private func writeMagnitude(_ value: UInt64) {
    // Twenty digits hold any UInt64; they are produced last first.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      var rest = value
      repeat {
        count += 1
        buffer[24 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest > 0
      bytes.append(
        UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(24 - count)...]))
    }
  }

  /// A string literal, escaped as ``ByteBuffer/appendJSONString(_:)`` says. A Swift string is
  /// valid Unicode, so bytes from a bad input have already become U+FFFD.
  /// - Returns: whether any character needed an escape.
  @discardableResult
  func writeString(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes.appendJSONString($0) }
  }

  /// A key's literal, whether it needed escapes, and its first eight bytes big-endian and
  /// zero-padded (the sort's first comparison).
  private func writeKey(_ key: String) -> (escaped: Bool, prefix: UInt64) {
    var key = key
    return key.withUTF8 { utf8 in
      var prefix: UInt64 = 0
      for index in 0..<8 {
        prefix = prefix << 8 | UInt64(index < utf8.count ? utf8[index] : 0)
      }
      return (bytes.appendJSONString(utf8), prefix)
    }
  }
}
