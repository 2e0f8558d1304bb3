#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Any JSON value, decoded with Foundation's `JSONDecoder`, for inputs whose shape is not known
/// (response bodies that carry a token, JWT headers and payloads).
public enum JSONValue: Decodable, Sendable, Equatable {
  /// A string.
  case string(String)
  /// A number (JSON has one number type).
  case number(Double)
  /// `true` or `false`.
  case bool(Bool)
  /// `null`.
  case null
  /// An array.
  case array([JSONValue])
  /// An object; the member order of the text is not kept.
  case object([String: JSONValue])

  /// Decodes any JSON value.
  /// - Throws: `DecodingError` when the value is none of the JSON types.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Parses UTF-8 JSON text; `nil` when it is not JSON.
  public static func parse<S: StringProtocol>(_ text: S) -> JSONValue? {
    try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  /// The member `key` of an object.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// A short text for people: strings as they are, integral numbers without a fraction.
  public var text: String {
    switch self {
    case .string(let value): value
    case .number(let value):
      value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    case .bool(let value): String(value)
    case .null: "null"
    case .array(let values): "[" + values.map(\.text).joined(separator: ", ") + "]"
    case .object: "{…}"
    }
  }
}
