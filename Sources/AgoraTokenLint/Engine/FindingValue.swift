/// A finding's `value` or `expected`, as a typed JSON value: a number for times, lifetimes, counts
/// and ids, a string for names and text, a boolean for flags. Prose stays in the message.
public enum FindingValue: Sendable, Equatable, Hashable, Codable, ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral, CustomStringConvertible
{
  /// A whole number: a Unix time, a lifetime in seconds, a count, a numeric id or uid.
  case integer(Int64)
  /// A name or other text: a channel, an account, a service name, an error kind.
  case text(String)
  /// A flag.
  case bool(Bool)

  /// A whole number from any integer type; values beyond `Int64` are clamped (no token field is
  /// that large: the widest is a 32-bit time or a 64-bit sum of two of them).
  public static func number<T: BinaryInteger>(_ value: T) -> FindingValue {
    .integer(Int64(clamping: value))
  }

  /// A uid or CRC as the token stores it (decimal text): a number when it is one, else the text
  /// (an account name, or `""` for uid 0 in a 007 token).
  public static func identifier(_ text: String) -> FindingValue {
    if !text.isEmpty, text.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let number = Int64(text)
    {
      return .integer(number)
    }
    return .text(text)
  }

  /// A text value from a string literal.
  public init(stringLiteral value: String) { self = .text(value) }

  /// A number from an integer literal.
  public init(integerLiteral value: Int64) { self = .integer(value) }

  /// The value as text, for renderers that show it beside the message.
  public var description: String {
    switch self {
    case .integer(let number): String(number)
    case .text(let text): text
    case .bool(let flag): flag ? "true" : "false"
    }
  }

  /// Encodes the bare JSON value.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .integer(let number): try container.encode(number)
    case .text(let text): try container.encode(text)
    case .bool(let flag): try container.encode(flag)
    }
  }

  /// Decodes a JSON boolean, number or string.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Int64.self) {
      self = .integer(number)
    } else {
      self = .text(try container.decode(String.self))
    }
  }
}

/// The unit of a finding's `value` and `expected`, when they are measured.
public enum FindingUnit: String, Sendable, Equatable, Codable {
  /// A duration in seconds (a lifetime, a window).
  case seconds
  /// An absolute time, seconds since 1970-01-01T00:00:00Z.
  case unixTime = "unix_time"
  /// A length in UTF-8 bytes.
  case bytes
  /// A length in characters.
  case characters
  /// A count of items (services, privileges, bytes left over).
  case count
}
