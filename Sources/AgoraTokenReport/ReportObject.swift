import AgoraTokenLint

/// A report object that writes its members into a keyed container its parent hands it.
///
/// JSONEncoder's generic `encode(_:forKey:)` tries every nested value as a `Date`, `Data`, `URL`,
/// `Decimal` and 15 array types, then sets up a sub-encoder for it: about 6,000 instructions per
/// nested value (callgrind). A nested container skips all of that, so the objects of a report
/// are written with ``KeyedEncodingContainer/encode(object:forKey:)`` and its siblings.
protocol ReportObject: Encodable {
  /// The member names.
  associatedtype Keys: CodingKey

  /// Writes the members into `container`.
  func encode(into container: inout KeyedEncodingContainer<Keys>) throws
}

extension ReportObject {
  func encode(to encoder: Encoder) throws { try encodeObject(to: encoder) }

  /// The members in a keyed container of their own: `encode(to:)` for a public type, whose
  /// conformance cannot use this internal default.
  func encodeObject(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try encode(into: &container)
  }
}

extension KeyedEncodingContainer {
  /// Writes `object` as the member `key`.
  mutating func encode<T: ReportObject>(object: T, forKey key: Key) throws {
    var nested = nestedContainer(keyedBy: T.Keys.self, forKey: key)
    try object.encode(into: &nested)
  }

  /// Writes `object` as the member `key`, or nothing when it is absent.
  mutating func encodeIfPresent<T: ReportObject>(object: T?, forKey key: Key) throws {
    if let object { try encode(object: object, forKey: key) }
  }

  /// Writes `objects` as the array member `key`.
  mutating func encode<T: ReportObject>(objects: [T], forKey key: Key) throws {
    var list = nestedUnkeyedContainer(forKey: key)
    for object in objects {
      var nested = list.nestedContainer(keyedBy: T.Keys.self)
      try object.encode(into: &nested)
    }
  }

  /// Writes `strings` as the array member `key`, each through the concrete `String` overload.
  mutating func encode(strings: [String], forKey key: Key) throws {
    var list = nestedUnkeyedContainer(forKey: key)
    for string in strings { try list.encode(string) }
  }

  /// Writes `values` as the array member `key`; an empty array costs no generic call at all.
  mutating func encode<T: Encodable>(list values: [T], forKey key: Key) throws {
    var list = nestedUnkeyedContainer(forKey: key)
    for value in values { try list.encode(value) }
  }

  /// Writes `value`, or an explicit `null` when it is absent (the vectors' `"name": null`).
  ///
  /// `encode(_:forKey:)` with a `String?` takes the generic path twice (once for the optional,
  /// once for the string inside it); this stays on the concrete `String` overload.
  mutating func encodeOrNull(_ value: String?, forKey key: Key) throws {
    if let value {
      try encode(value, forKey: key)
    } else {
      try encodeNil(forKey: key)
    }
  }
}
