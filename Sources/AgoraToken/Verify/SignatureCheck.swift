import Crypto

/// The result of checking a token's signature against one or more certificates.
public struct SignatureCheck: Sendable, Equatable {
  /// `valid`, `invalid` or `not_checked`.
  public enum Status: String, Sendable, Codable, Equatable {
    /// A certificate reproduces the signature.
    case valid
    /// No certificate reproduces the signature.
    case invalid
    /// No certificate was given, or the token is too damaged to check.
    case notChecked = "not_checked"
  }

  /// The verdict.
  public var status: Status
  /// The origin of the certificate that matched (``AppCertificate/origin``), when one did.
  public var matchedOrigin: String?
  /// The index of the matching certificate among those tried, when one did.
  public var matchedIndex: Int?
  /// Why the signature does not match, where the facts at hand explain it.
  public var hints: [String]
  /// Whether the token verifies with one of the certificates in another letter case.
  public var verifiesWithCaseChanged: Bool
  /// DynamicKey4: the service code (`ACS`, `ARS`, `APSS`) with which the signature verified; the key
  /// signs it but does not store it.
  public var serviceCode: String?
  /// 006 and legacy keys: the inputs the signature was recomputed with (`channel`, `uid`, `account`),
  /// by name. Empty for 007, whose signature needs no inputs.
  public var inputs: [String: String] = [:]
  /// When the signature fails with the client's values but verifies with a variant the tool found
  /// (a channel in another letter case, trimmed), the variant, for example `channel 'room1'`.
  public var verifiesWithVariant: String?

  /// Creates a result.
  public init(
    status: Status, matchedOrigin: String? = nil, matchedIndex: Int? = nil, hints: [String] = [],
    verifiesWithCaseChanged: Bool = false
  ) {
    self.status = status
    self.matchedOrigin = matchedOrigin
    self.matchedIndex = matchedIndex
    self.hints = hints
    self.verifiesWithCaseChanged = verifiesWithCaseChanged
  }

  /// The result when nothing was checked, with the reason.
  public static func notChecked(_ reason: String) -> SignatureCheck {
    SignatureCheck(status: .notChecked, hints: [reason])
  }
}

/// Recomputes 007 signatures.
///
/// Source: `AccessToken.__signing` and `AccessToken.verify_signature` in `python3/src/AccessToken2.py`:
/// `k1 = HMAC-SHA256(key: u32le issue_ts, message: certificate text)`,
/// `k2 = HMAC-SHA256(key: u32le salt, message: k1)`,
/// `signature = HMAC-SHA256(key: k2, message: signing_info)`.
public enum AccessToken2Signer {
  /// The signing key `k2` for a certificate, issue time and salt.
  public static func signingKey(certificate: String, issueTs: UInt32, salt: UInt32) -> SymmetricKey
  {
    let k1 = HMAC<SHA256>.authenticationCode(
      for: Array(certificate.utf8), using: littleEndianKey(issueTs))
    let k2 = k1.withUnsafeBytes {
      HMAC<SHA256>.authenticationCode(for: $0, using: littleEndianKey(salt))
    }
    return k2.withUnsafeBytes(blockSizedKey)
  }

  /// The 32-byte signature over `signingInfo`.
  public static func sign(
    signingInfo: [UInt8], certificate: String, issueTs: UInt32, salt: UInt32
  ) -> [UInt8] {
    let key = signingKey(certificate: certificate, issueTs: issueTs, salt: salt)
    return Array(HMAC<SHA256>.authenticationCode(for: signingInfo, using: key))
  }

  /// Whether `token`'s signature matches `certificate`, compared in constant time.
  public static func isValid(_ token: AccessToken2, certificate: String) -> Bool {
    let key = signingKey(certificate: certificate, issueTs: token.issueTs, salt: token.salt)
    return HMAC<SHA256>.isValidAuthenticationCode(
      token.signature, authenticating: token.signingInfo, using: key)
  }

  /// `value`'s four little-endian bytes as an HMAC key.
  private static func littleEndianKey(_ value: UInt32) -> SymmetricKey {
    withUnsafeBytes(of: value.littleEndian, blockSizedKey)
  }

  /// `bytes` padded with zeros to one SHA-256 block (64 bytes), as an HMAC key.
  ///
  /// HMAC pads a shorter key with zeros to the block size itself (RFC 2104, section 2), so the
  /// MAC is the same. swift-crypto takes a block-sized key as it is and copies any other through
  /// two more allocations first; the three HMACs of a 007 check are all short-keyed. A key of a
  /// block or more is passed as it is (HMAC hashes a longer key first).
  static func blockSizedKey(_ bytes: UnsafeRawBufferPointer) -> SymmetricKey {
    guard bytes.count < SHA256.blockByteCount else { return SymmetricKey(data: bytes) }
    return withUnsafeTemporaryAllocation(byteCount: SHA256.blockByteCount, alignment: 1) { block in
      block.initializeMemory(as: UInt8.self, repeating: 0)
      block.copyMemory(from: bytes)
      return SymmetricKey(data: UnsafeRawBufferPointer(block))
    }
  }
}
