/// Why a token could not be built, with the field to blame and what to do about it.
///
/// The reference builders (`AccessToken.__build_check` in `python3/src/AccessToken2.py`) return an
/// empty string for a bad app id, a bad certificate or a token without services; agtoken throws
/// instead, and adds checks of its own (uid range, lifetimes over 24 hours, values that look like
/// Unix times). Messages never contain the certificate.
public struct BuildError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The machine-readable kind, snake_case (for JSON and exit handling).
  public struct Kind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The snake_case name.
    public let rawValue: String
    /// Creates a kind from its snake_case name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The snake_case name.
    public var description: String { rawValue }

    /// The app id is not 32 hexadecimal characters (reference check `__build_check`).
    public static let badAppID = Kind(rawValue: "bad_app_id")
    /// The certificate is not 32 hexadecimal characters (reference check `__build_check`).
    public static let badCertificate = Kind(rawValue: "bad_certificate")
    /// The token has no service (reference check `__build_check`).
    public static let noServices = Kind(rawValue: "no_services")
    /// A numeric uid lies outside 0...4294967295 (agtoken's own check).
    public static let uidOutOfRange = Kind(rawValue: "uid_out_of_range")
    /// A lifetime (`expire` or a privilege value) is over 86,400 seconds and was not allowed (agtoken's own check).
    public static let lifetimeOver24h = Kind(rawValue: "lifetime_over_24h")
    /// A lifetime is at least 1,000,000,000 and so looks like a Unix time (agtoken's own check).
    public static let valueLooksAbsolute = Kind(rawValue: "value_looks_absolute")
    /// A string is longer than the 65,535 bytes a `uint16` length prefix can describe.
    public static let stringTooLong = Kind(rawValue: "string_too_long")
    /// A map or list has more than 65,535 entries.
    public static let tooManyEntries = Kind(rawValue: "too_many_entries")
    /// A service's fields do not belong to its type (for example RTC fields on a Chat service).
    public static let fieldsMismatch = Kind(rawValue: "fields_mismatch")
    /// The clock reads a time that a `uint32` issue_ts cannot hold.
    public static let clockOutOfRange = Kind(rawValue: "clock_out_of_range")
    /// zlib failed to compress the payload (out of memory).
    public static let compressionFailed = Kind(rawValue: "compression_failed")
  }

  /// What went wrong.
  public var kind: Kind
  /// The input to blame, named as the reference names it (`app_id`, `expire`,
  /// `service 1 (RTC) privilege 2`, `uid`, ...), or `nil` when no single input is to blame.
  public var field: String?
  /// A sentence that a person can act on. Never contains the certificate.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, field: String?, _ message: String) {
    self.kind = kind
    self.field = field
    self.message = message
  }

  /// `kind: message`.
  public var description: String { "\(kind.rawValue): \(message)" }
}
