#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The report documents' JSON encoder: the same bytes as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted`), written without JSONEncoder's generic
/// machinery, which tries every nested value as a `Date`, `Data`, `URL` and `Decimal` first and
/// was the largest single cost of `agtoken lint --format ndjson`.
///
/// It drives the documents' own `Encodable` conformances, so there is one schema; a differential
/// test holds its output to JSONEncoder's byte for byte over every fixture and random documents.
/// A value it does not write itself (floating point, `Date`, `Data`, `URL`, `Decimal`) throws
/// ``UnsupportedJSONValue``, and ``JSONRenderer`` then asks JSONEncoder.
struct ReportJSONEncoder {
  /// Whether to write JSONEncoder's `.prettyPrinted` layout.
  let pretty: Bool

  /// The JSON text of `value`.
  /// - Throws: ``UnsupportedJSONValue``, or what `value`'s `encode(to:)` throws.
  func encode<T: Encodable>(_ value: T) throws -> String {
    let node = try Self.node(for: value)
    var writer = JSONWriter(pretty: pretty)
    writer.write(node, depth: 0)
    return writer.text
  }

  /// The node of one value: scalars directly, anything else through its `encode(to:)`.
  static func node<T: Encodable>(for value: T) throws -> JSONNode {
    switch value {
    case let text as String: return .string(text)
    case let number as Int: return .number(String(number))
    case let number as UInt64: return .number(String(number))
    case let number as UInt32: return .number(String(number))
    case let number as UInt16: return .number(String(number))
    case let flag as Bool: return .bool(flag)
    case is Double, is Float, is Date, is Data, is URL, is Decimal: throw UnsupportedJSONValue()
    default:
      let encoder = TreeEncoder()
      try value.encode(to: encoder)
      return encoder.node ?? .object(JSONObjectBox())
    }
  }

  /// An `Encoder` that collects one value into a ``JSONNode``.
  final class TreeEncoder: Encoder {
    var node: JSONNode?
    // The report types never read the coding path or user info.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      if case .object(let box) = node { return KeyedEncodingContainer(ObjectContainer(box)) }
      let box = JSONObjectBox()
      node = .object(box)
      return KeyedEncodingContainer(ObjectContainer(box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
      if case .array(let box) = node { return ArrayContainer(box) }
      let box = JSONArrayBox()
      node = .array(box)
      return ArrayContainer(box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(self) }
  }

  struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    var codingPath: [any CodingKey] { [] }

    init(_ box: JSONObjectBox) { self.box = box }

    private func add(_ key: Key, _ value: JSONNode) {
      box.members.append((key.stringValue, value))
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw UnsupportedJSONValue() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw UnsupportedJSONValue() }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, .number(String(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(key, .number(String(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(key, .number(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
      add(key, .number(String(value)))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      add(key, try ReportJSONEncoder.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      let nested = JSONObjectBox()
      add(key, .object(nested))
      return KeyedEncodingContainer(ObjectContainer<NestedKey>(nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      let nested = JSONArrayBox()
      add(key, .array(nested))
      return ArrayContainer(nested)
    }

    // JSONEncoder names a super encoder's member "super" when no key is given.
    mutating func superEncoder() -> any Encoder {
      let encoder = TreeEncoder()
      box.members.append(("super", .pending(encoder)))
      return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
      let encoder = TreeEncoder()
      add(key, .pending(encoder))
      return encoder
    }
  }

  struct ArrayContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.items.count }

    init(_ box: JSONArrayBox) { self.box = box }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Double) throws { throw UnsupportedJSONValue() }
    mutating func encode(_ value: Float) throws { throw UnsupportedJSONValue() }
    mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { box.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { box.items.append(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      box.items.append(try ReportJSONEncoder.node(for: value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      let nested = JSONObjectBox()
      box.items.append(.object(nested))
      return KeyedEncodingContainer(ObjectContainer<NestedKey>(nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      let nested = JSONArrayBox()
      box.items.append(.array(nested))
      return ArrayContainer(nested)
    }

    mutating func superEncoder() -> any Encoder {
      let encoder = TreeEncoder()
      box.items.append(.pending(encoder))
      return encoder
    }
  }

  struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    init(_ encoder: TreeEncoder) { self.encoder = encoder }

    mutating func encodeNil() throws { encoder.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Double) throws { throw UnsupportedJSONValue() }
    mutating func encode(_ value: Float) throws { throw UnsupportedJSONValue() }
    mutating func encode(_ value: Int) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: Int8) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: Int16) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: Int32) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: Int64) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: UInt) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.node = .number(String(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.node = .number(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.node = try ReportJSONEncoder.node(for: value)
    }
  }
}
