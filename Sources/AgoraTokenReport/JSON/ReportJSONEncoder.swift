#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The report documents' JSON encoder: the same bytes as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted`), streamed into one buffer by ``JSONStream``
/// instead of going through JSONEncoder's value tree, which tries every nested value as a `Date`,
/// `Data`, `URL` and `Decimal` and was the largest single cost of `agtoken lint --format ndjson`.
///
/// It drives the documents' own `Encodable` conformances, so there is one schema; a differential
/// test holds its output to JSONEncoder's byte for byte over every fixture and random documents.
/// A value it does not write itself (floating point, `Date`, `Data`, `URL`, `Decimal`, a super
/// encoder) throws ``UnsupportedJSONValue``, and ``JSONRenderer`` then asks JSONEncoder.
struct ReportJSONEncoder {
  /// Whether to write JSONEncoder's `.prettyPrinted` layout.
  let pretty: Bool

  /// The JSON text of `value`.
  /// - Throws: ``UnsupportedJSONValue``, or what `value`'s `encode(to:)` throws.
  func encode<T: Encodable>(_ value: T) throws -> String {
    let stream = JSONStream(pretty: pretty)
    try Self.write(value, to: stream, in: stream.rootSlot(), topLevel: true)
    stream.finish()
    guard !stream.failed else { throw UnsupportedJSONValue() }
    return stream.text
  }

  /// The JSON text of `value`, written by its ``DirectJSON`` fast path.
  /// - Throws: ``UnsupportedJSONValue``, or what a member's `encode(to:)` throws.
  func encode(direct value: any DirectJSON) throws -> String {
    let stream = JSONStream(pretty: pretty)
    try value.writeJSON(to: DirectWriter(stream: stream), in: stream.rootSlot())
    stream.finish()
    guard !stream.failed else { throw UnsupportedJSONValue() }
    return stream.text
  }

  /// Writes `value` into `slot`: the types JSONEncoder writes in its own way are refused.
  static func write<T: Encodable>(
    _ value: T, to stream: JSONStream, in slot: JSONStream.Slot, topLevel: Bool = false
  ) throws {
    if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
      throw UnsupportedJSONValue()
    }

    let mark = stream.bytes.count
    try value.encode(to: StreamEncoder(stream: stream, slot: slot))
    if stream.bytes.count == mark {
      // JSONEncoder refuses a top-level value that encodes nothing and writes `{}` for a nested one.
      guard !topLevel else { throw UnsupportedJSONValue() }
      stream.writeEmptyObject(in: slot)
    }
  }
}

/// A value the report encoder does not write itself (a floating-point number, `Date`, `Data`,
/// `URL` or `Decimal`, whose forms are JSONEncoder's business); the renderer then falls back to
/// JSONEncoder for the whole document.
struct UnsupportedJSONValue: Error {}

/// The `Encoder` of one value slot of a ``JSONStream``.
struct StreamEncoder: Encoder {
  let stream: JSONStream
  let slot: JSONStream.Slot
  // The report types never read the coding path or user info.
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(
      StreamObjectContainer<Key>(stream: stream, id: stream.open(isObject: true, in: slot)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    StreamArrayContainer(stream: stream, id: stream.open(isObject: false, in: slot))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    StreamSingleContainer(stream: stream, slot: slot)
  }

  /// The encoder handed to a `superEncoder` call: the document is marked failed, so that
  /// JSONEncoder, which knows class hierarchies, writes it instead.
  static func refused(_ stream: JSONStream) -> any Encoder {
    stream.failed = true
    return StreamEncoder(stream: stream, slot: stream.rootSlot())
  }
}
