#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Encodes report documents with a stable key order (sorted, as Python's `sort_keys=True`).
///
/// The bytes are JSONEncoder's with `[.sortedKeys, .withoutEscapingSlashes]` (and
/// `.prettyPrinted`); ``ReportJSONEncoder`` writes them, and JSONEncoder itself only a document
/// that holds a value the report encoder leaves to it (floating point, dates, data, URLs).
public enum JSONRenderer {
  /// Pretty-printed JSON of `value`, keys sorted, `/` unescaped.
  public static func pretty<T: Encodable>(_ value: T) -> String {
    render(value, pretty: true) ?? foundationPretty(value)
  }

  /// One-line JSON of `value` (for NDJSON), keys sorted, `/` unescaped.
  public static func line<T: Encodable>(_ value: T) -> String {
    render(value, pretty: false) ?? foundationLine(value)
  }

  /// The report encoder's text: a document's own fast path when it has one, else its
  /// `Encodable` conformance; `nil` for a value left to JSONEncoder.
  private static func render<T: Encodable>(_ value: T, pretty: Bool) -> String? {
    let encoder = ReportJSONEncoder(pretty: pretty)
    if let direct = value as? any DirectJSON { return try? encoder.encode(direct: direct) }
    return try? encoder.encode(value)
  }

  /// `pretty` as JSONEncoder writes it: the fallback, and the reference of the differential test.
  static func foundationPretty<T: Encodable>(_ value: T) -> String {
    render(value, with: prettyEncoder)
  }

  /// `line` as JSONEncoder writes it.
  static func foundationLine<T: Encodable>(_ value: T) -> String {
    render(value, with: lineEncoder)
  }

  // Made once and shared: JSONEncoder is Sendable, and `encode` only reads its settings.
  private static let lineEncoder = encoder([.sortedKeys, .withoutEscapingSlashes])
  private static let prettyEncoder = encoder([.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])

  private static func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = formatting
    return encoder
  }

  private static func render<T: Encodable>(_ value: T, with encoder: JSONEncoder) -> String {
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      // Encoding our own documents fails only on non-finite floats, which they never hold.
      return "{\"error\":{\"kind\":\"internal\",\"message\":\"report encoding failed\"}}"
    }
  }
}
