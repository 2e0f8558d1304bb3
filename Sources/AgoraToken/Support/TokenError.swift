/// A failure to read a token, with what went wrong, where, and what to do about it.
///
/// The kinds come from the error vocabulary of the Agora token vectors
/// (`shared/vectors/README.md`, "Error vocabulary"). Like swift-asn1's error codes,
/// ``Kind`` is an extensible struct, so new kinds can be added without breaking callers
/// that switch over the known ones.
public struct TokenError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The machine-readable kind of an error, spelled as in the vectors (`bad_base64`, ...).
  public struct Kind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The snake_case name used in JSON output (for example `truncated_zlib`).
    public let rawValue: String
    /// Creates a kind from its snake_case name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The snake_case name.
    public var description: String { rawValue }

    /// Nothing left after trimming whitespace and quotes.
    public static let empty = Kind(rawValue: "empty")
    /// The first three characters are not a known version (`007`, `006`, `005`, `004`, `003`).
    public static let unknownVersion = Kind(rawValue: "unknown_version")
    /// The body is not base64: a character outside the alphabet, a misplaced `=`, or a length of 1 modulo 4.
    public static let badBase64 = Kind(rawValue: "bad_base64")
    /// Nothing after the version, or a zlib stream that inflates to zero bytes.
    public static let emptyPayload = Kind(rawValue: "empty_payload")
    /// The zlib stream ends before its final block or its Adler-32 checksum.
    public static let truncatedZlib = Kind(rawValue: "truncated_zlib")
    /// Not a zlib stream, corrupt deflate data, or an Adler-32 mismatch.
    public static let badZlib = Kind(rawValue: "bad_zlib")
    /// The payload ends inside a fixed-size field or before a declared element.
    public static let truncated = Kind(rawValue: "truncated")
    /// A uint16 length prefix claims more bytes than remain.
    public static let lengthOverflow = Kind(rawValue: "length_overflow")
    /// Bytes remain after the last declared service (007) or after the message (006).
    public static let trailingBytes = Kind(rawValue: "trailing_bytes")
    /// The signature string is not 32 bytes long.
    public static let badSignatureLength = Kind(rawValue: "bad_signature_length")
    /// The app id is not 32 hexadecimal characters.
    public static let badAppID = Kind(rawValue: "bad_app_id")
    /// The input exceeds the documented input limits (``DecodeLimits``).
    public static let tooLarge = Kind(rawValue: "too_large")
  }

  /// What went wrong.
  public var kind: Kind
  /// The byte offset of the problem, or `nil` when no single place is to blame.
  ///
  /// For text-level problems (version, base64) this is a character offset into the token text;
  /// for payload problems it is a byte offset into the decompressed payload. ``offsetSpace`` says which.
  public var offset: Int?
  /// Which bytes ``offset`` counts.
  public var offsetSpace: OffsetSpace
  /// A sentence that a person can act on, for example
  /// "service 2 (RTC): channel_name declares 300 bytes but only 41 remain at payload offset 99".
  public var message: String
  /// The fields that could still be read before the damage, when any could.
  public var partial: PartialDecode?

  /// What an error's ``offset`` counts.
  public enum OffsetSpace: String, Sendable, Codable, Equatable {
    /// Characters of the token text, after any repairs.
    case text
    /// Bytes of the decoded base64 body (compressed data for 007).
    case body
    /// Bytes of the decompressed payload (007) or the decoded content (006).
    case payload
  }

  /// Creates an error.
  public init(
    _ kind: Kind, offset: Int?, in space: OffsetSpace = .payload, _ message: String,
    partial: PartialDecode? = nil
  ) {
    self.kind = kind
    self.offset = offset
    self.offsetSpace = space
    self.message = message
    self.partial = partial
  }

  /// `kind: message`.
  public var description: String { "\(kind.rawValue): \(message)" }
}

/// What a failed decode could still recover: the fields read before the damage.
///
/// Source: the `partial` object of `shared/cases/README.md` (`stops_in`, recovered bytes).
public struct PartialDecode: Sendable, Equatable {
  /// The token as far as it was read. Fields not reached keep their zero values; ``fieldsRead``
  /// says which top-level fields hold real data.
  public var token: AnyToken
  /// The wire names of the top-level fields read completely, in reading order (`signature`, `app_id`, ...).
  public var fieldsRead: [String]
  /// The service being read when the data ended, if any.
  public var pendingService: PendingService?
  /// The field in which the data ends, for example `channel_name`.
  public var stopsIn: String
  /// For a string cut short: the length its prefix declares.
  public var declaredLength: Int?
  /// For a string cut short: the bytes of it that are present.
  public var partialBytes: [UInt8]?
  /// How many payload bytes were recovered (decompressed for 007).
  public var recoveredBytes: Int

  /// Creates a partial decode record.
  public init(
    token: AnyToken, fieldsRead: [String], pendingService: PendingService? = nil, stopsIn: String,
    declaredLength: Int? = nil, partialBytes: [UInt8]? = nil, recoveredBytes: Int
  ) {
    self.token = token
    self.fieldsRead = fieldsRead
    self.pendingService = pendingService
    self.stopsIn = stopsIn
    self.declaredLength = declaredLength
    self.partialBytes = partialBytes
    self.recoveredBytes = recoveredBytes
  }
}

/// A 007 service whose bytes end before all of its fields were read.
public struct PendingService: Sendable, Equatable {
  /// The service type.
  public var type: ServiceType
  /// The privileges, when the whole map was read.
  public var privileges: [Privilege]?
  /// The string fields read completely, by wire name, in order.
  public var fields: [(name: String, value: String)]

  /// Creates a pending service record.
  public init(type: ServiceType, privileges: [Privilege]?, fields: [(name: String, value: String)])
  {
    self.type = type
    self.privileges = privileges
    self.fields = fields
  }

  /// Compares all members.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.type == rhs.type && lhs.privileges == rhs.privileges
      && lhs.fields.map(\.name) == rhs.fields.map(\.name)
      && lhs.fields.map(\.value) == rhs.fields.map(\.value)
  }
}
