/// Limits checked before any decoding work starts, so no input can make the decoder allocate without bound.
///
/// The defaults fit any well-formed token: a 007 payload in which every string reaches its
/// 65,535-byte limit is far below 4 MiB, and its text far below 1 MiB... for the few services a token has.
public struct DecodeLimits: Sendable, Equatable {
  /// The longest token text accepted, in UTF-8 bytes (default 1 MiB).
  public var maxTextBytes: Int
  /// The largest decompressed 007 payload accepted, in bytes (default 4 MiB).
  public var maxInflatedBytes: Int

  /// Creates limits.
  public init(maxTextBytes: Int = 1 << 20, maxInflatedBytes: Int = 4 << 20) {
    self.maxTextBytes = maxTextBytes
    self.maxInflatedBytes = maxInflatedBytes
  }

  /// 1 MiB of text, 4 MiB inflated.
  public static let standard = DecodeLimits()
}

/// How strictly to decode.
public struct DecodeOptions: Sendable, Equatable {
  /// When `true`, `trailing_bytes`, `bad_signature_length` and `bad_app_id` are errors;
  /// when `false` (the default) they are warnings and the token still decodes, as every reference parser does.
  public var strict: Bool
  /// Input size limits.
  public var limits: DecodeLimits

  /// Creates options.
  public init(strict: Bool = false, limits: DecodeLimits = .standard) {
    self.strict = strict
    self.limits = limits
  }
}

/// A decoded token together with the problems that did not stop decoding.
public struct DecodedToken: Sendable, Equatable {
  /// The token.
  public var token: AnyToken
  /// Problems a strict decode would reject (kinds `trailing_bytes`, `bad_signature_length`,
  /// `bad_app_id`), in the documented order of checks.
  public var warnings: [TokenError]
  /// How many primitive reads (integers and length-prefixed strings) the payload took; 0 for
  /// formats that are not read with ``ByteCursor``. Decoding work is linear in this count.
  public var payloadReads = 0
  /// What a 006 token's fields say on their own (layout, wildcard uid, the decimal uids its
  /// `crc_uid` can stand for), worked out once by ``Inspector`` so that the report, the lint rules
  /// and the diagnosis share one preimage search; `nil` for other versions or a bare decode.
  public var facts006: AccessToken006Facts?

  /// Creates a result.
  public init(token: AnyToken, warnings: [TokenError] = []) {
    self.token = token
    self.warnings = warnings
  }
}
