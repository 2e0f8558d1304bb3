import AgoraTokenLint

extension Finding: ReportObject {
  /// The JSON member names: the property names, `agora_error_codes` for ``agoraErrorCodes``.
  /// `value` and `expected` are JSON numbers, strings or booleans (``FindingValue``); `field` is
  /// the JSON pointer of ``field`` (``FieldPath/jsonPointer``), `""` when there is none.
  public enum Keys: String, CodingKey {
    case code, name, severity, message, help, url, field, value, expected, unit
    case agoraErrorCodes = "agora_error_codes"
  }

  /// Writes the members into `container`, in key order; absent optionals are left out. Throws
  /// what the container throws.
  public func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    if let agoraErrorCodes {
      var codes = container.nestedUnkeyedContainer(forKey: .agoraErrorCodes)
      for code in agoraErrorCodes { try codes.encode(code) }
    }
    try container.encode(code, forKey: .code)
    try container.encodeIfPresent(expected, forKey: .expected)
    try container.encode(field.jsonPointer, forKey: .field)
    try container.encode(help, forKey: .help)
    try container.encode(message, forKey: .message)
    try container.encode(name, forKey: .name)
    try container.encode(severity.rawValue, forKey: .severity)
    try container.encodeIfPresent(unit?.rawValue, forKey: .unit)
    try container.encode(url, forKey: .url)
    try container.encodeIfPresent(value, forKey: .value)
  }

  /// Encodes the value as one JSON object (library users' `JSONEncoder`; the report writes it
  /// through ``encode(into:)``). Throws what the encoder throws.
  public func encode(to encoder: Encoder) throws { try encodeObject(to: encoder) }
}

extension Diagnosis: ReportObject {
  /// The JSON member names: `statement`, `message`, `field` (the JSON pointer of ``field``).
  public enum Keys: String, CodingKey {
    case statement, message, field
  }

  /// Writes the members into `container`, in key order; `field` is left out when absent. Throws
  /// what the container throws.
  public func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encodeIfPresent(field?.jsonPointer, forKey: .field)
    try container.encode(message, forKey: .message)
    try container.encode(statement, forKey: .statement)
  }

  /// Encodes the value as one JSON object (library users' `JSONEncoder`; the report writes it
  /// through ``encode(into:)``). Throws what the encoder throws.
  public func encode(to encoder: Encoder) throws { try encodeObject(to: encoder) }
}
