/// A report value that writes its own JSON into a ``JSONStream``, members in key order, without
/// going through `Encodable`: the report encoder's fast path for the documents of every batch.
///
/// Each conformer is also `Encodable`, and the two must give the same bytes: the differential test
/// renders every fixture's document both ways (and through JSONEncoder), so neither can drift.
protocol DirectJSON {
  /// Writes the value into `slot`.
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws
}

/// The handful of writes a ``DirectJSON`` value needs, over one ``JSONStream``.
struct DirectWriter {
  let stream: JSONStream

  /// An object into `slot`; `members` adds its members, in key order, through `ObjectWriter`.
  func object(in slot: JSONStream.Slot, _ members: (ObjectWriter) throws -> Void) rethrows {
    try members(ObjectWriter(stream: stream, id: stream.open(isObject: true, in: slot)))
  }

  /// An array into `slot`, one element per item of `items`.
  func array<S: Sequence>(
    _ items: S, in slot: JSONStream.Slot, _ element: (S.Element, JSONStream.Slot) throws -> Void
  ) rethrows {
    let id = stream.open(isObject: false, in: slot)
    for item in items { try element(item, stream.beginElement(in: id)) }
  }

  /// An array of strings into `slot`.
  func strings(_ items: [String], in slot: JSONStream.Slot) {
    array(items, in: slot) { item, _ in stream.writeString(item) }
  }
}

/// The members of one object that a ``DirectJSON`` value writes, in key order.
struct ObjectWriter {
  let stream: JSONStream
  let id: JSONStream.ContainerID

  /// The slot of the member `key`, for a nested value.
  func slot(_ key: StaticString) -> JSONStream.Slot { stream.directMember(key, in: id) }

  func string(_ key: StaticString, _ value: String) {
    _ = slot(key)
    stream.writeString(value)
  }

  func string(_ key: StaticString, ifPresent value: String?) {
    if let value { string(key, value) }
  }

  /// `value`, or an explicit `null` (the vectors' `"name": null`).
  func stringOrNull(_ key: StaticString, _ value: String?) {
    _ = slot(key)
    if let value { stream.writeString(value) } else { stream.append("null") }
  }

  func integer<T: BinaryInteger>(_ key: StaticString, _ value: T) {
    _ = slot(key)
    stream.writeInteger(value)
  }

  func integer<T: BinaryInteger>(_ key: StaticString, ifPresent value: T?) {
    if let value { integer(key, value) }
  }

  func bool(_ key: StaticString, _ value: Bool) {
    _ = slot(key)
    stream.append(value ? "true" : "false")
  }

  func bool(_ key: StaticString, ifPresent value: Bool?) {
    if let value { bool(key, value) }
  }

  func strings(_ key: StaticString, _ values: [String]) {
    DirectWriter(stream: stream).strings(values, in: slot(key))
  }

  /// A member whose value writes itself.
  func direct<T: DirectJSON>(_ key: StaticString, _ value: T) throws {
    try value.writeJSON(to: DirectWriter(stream: stream), in: slot(key))
  }

  func direct<T: DirectJSON>(_ key: StaticString, ifPresent value: T?) throws {
    if let value { try direct(key, value) }
  }

  /// An array member of values that write themselves.
  func directs<T: DirectJSON>(_ key: StaticString, _ values: [T]) throws {
    let writer = DirectWriter(stream: stream)
    try writer.array(values, in: slot(key)) { value, slot in
      try value.writeJSON(to: writer, in: slot)
    }
  }

  /// A member written through its `Encodable` conformance: the rare parts of a report (a 006 or
  /// legacy token, a partial decode, a recognition) that need no fast path.
  func encoded<T: Encodable>(_ key: StaticString, _ value: T) throws {
    try ReportJSONEncoder.write(value, to: stream, in: slot(key))
  }
}
