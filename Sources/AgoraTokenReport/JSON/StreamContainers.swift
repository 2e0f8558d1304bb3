/// A keyed container of ``ReportJSONEncoder``: each member goes straight into the stream.
struct StreamObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let stream: JSONStream
  let id: JSONStream.ContainerID
  var codingPath: [any CodingKey] { [] }

  private func member(_ key: Key) -> JSONStream.Slot {
    stream.beginMember(key.stringValue, in: id)
  }

  private func integer<T: BinaryInteger>(_ value: T, _ key: Key) {
    _ = member(key)
    stream.writeInteger(value)
  }

  mutating func encodeNil(forKey key: Key) throws {
    _ = member(key)
    stream.append("null")
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    _ = member(key)
    stream.append(value ? "true" : "false")
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    _ = member(key)
    stream.writeString(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws { throw UnsupportedJSONValue() }
  mutating func encode(_ value: Float, forKey key: Key) throws { throw UnsupportedJSONValue() }
  mutating func encode(_ value: Int, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try ReportJSONEncoder.write(value, to: stream, in: member(key))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    StreamEncoder(stream: stream, slot: member(key)).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    StreamEncoder(stream: stream, slot: member(key)).unkeyedContainer()
  }

  // The reports have no class hierarchies; a super encoder is left to JSONEncoder.
  mutating func superEncoder() -> any Encoder { StreamEncoder.refused(stream) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { StreamEncoder.refused(stream) }
}

/// An unkeyed container of ``ReportJSONEncoder``.
struct StreamArrayContainer: UnkeyedEncodingContainer, StreamScalarWriter {
  let stream: JSONStream
  let id: JSONStream.ContainerID
  var codingPath: [any CodingKey] { [] }
  var count: Int { stream.count(of: id) }

  private func element() -> JSONStream.Slot { stream.beginElement(in: id) }

  func prepareScalar() { _ = element() }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try ReportJSONEncoder.write(value, to: stream, in: element())
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    StreamEncoder(stream: stream, slot: element()).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    StreamEncoder(stream: stream, slot: element()).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { StreamEncoder.refused(stream) }
}

/// The single-value container of ``ReportJSONEncoder``: writes one scalar into its slot.
struct StreamSingleContainer: SingleValueEncodingContainer, StreamScalarWriter {
  let stream: JSONStream
  let slot: JSONStream.Slot
  var codingPath: [any CodingKey] { [] }

  func prepareScalar() { stream.prepareScalar(in: slot) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try ReportJSONEncoder.write(value, to: stream, in: slot)
  }
}

/// The scalar writes that the unkeyed and the single-value container share: each makes the place
/// for the scalar (the next array element, or the value's own slot), then writes it.
protocol StreamScalarWriter {
  var stream: JSONStream { get }
  func prepareScalar()
}

extension StreamScalarWriter {
  private func integer<T: BinaryInteger>(_ value: T) {
    prepareScalar()
    stream.writeInteger(value)
  }

  mutating func encodeNil() throws {
    prepareScalar()
    stream.append("null")
  }
  mutating func encode(_ value: Bool) throws {
    prepareScalar()
    stream.append(value ? "true" : "false")
  }
  mutating func encode(_ value: String) throws {
    prepareScalar()
    stream.writeString(value)
  }
  mutating func encode(_ value: Double) throws { throw UnsupportedJSONValue() }
  mutating func encode(_ value: Float) throws { throw UnsupportedJSONValue() }
  mutating func encode(_ value: Int) throws { integer(value) }
  mutating func encode(_ value: Int8) throws { integer(value) }
  mutating func encode(_ value: Int16) throws { integer(value) }
  mutating func encode(_ value: Int32) throws { integer(value) }
  mutating func encode(_ value: Int64) throws { integer(value) }
  mutating func encode(_ value: UInt) throws { integer(value) }
  mutating func encode(_ value: UInt8) throws { integer(value) }
  mutating func encode(_ value: UInt16) throws { integer(value) }
  mutating func encode(_ value: UInt32) throws { integer(value) }
  mutating func encode(_ value: UInt64) throws { integer(value) }
}
