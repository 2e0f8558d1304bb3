extension KeyedEncodingContainer {
  /// Writes `value`, or an explicit `null` when it is absent (the vectors' `"name": null`).
  ///
  /// `encode(_:forKey:)` with a `String?` takes JSONEncoder's generic path twice (once for the
  /// optional, once for the string inside it); this overload stays on the concrete one.
  mutating func encodeOrNull(_ value: String?, forKey key: Key) throws {
    if let value {
      try encode(value, forKey: key)
    } else {
      try encodeNil(forKey: key)
    }
  }
}
