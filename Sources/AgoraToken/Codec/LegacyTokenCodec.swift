extension TokenError.Kind {
  /// A fixed-width field of a legacy key holds characters its format does not allow
  /// (for example a letter inside the 10-digit timestamp of a DynamicKey4).
  public static let badField = TokenError.Kind(rawValue: "bad_field")
}

/// Reads the key formats that came before AccessToken: DynamicKey5 (005), DynamicKey4 (004),
/// DynamicKey3 (003), DynamicKey2, DynamicKey and signaling tokens.
///
/// Source: `python3/src/DynamicKey5.py` (`DynamicKey5.unpack`), `DynamicKey4.py`, `DynamicKey3.py`,
/// `DynamicKey2.py`, `DynamicKey.py` and `SignalingToken.py`; layouts in `shared/vectors/README.md`
/// ("Legacy formats").
public enum LegacyTokenCodec {
  /// Lengths of the fixed-width text keys, prefix included.
  static let dk4Length = 103
  static let dk3Length = 113
  static let dk2Length = 110
  static let dk1Length = 90

  /// Whether `text` has the exact shape of an unprefixed DynamicKey2 (110 characters) or DynamicKey
  /// (90 characters): hex signature, 32-character app id, then digits and hex in their places.
  public static func looksLikeUnprefixedKey(_ text: Substring) -> Bool {
    let count = text.utf8.count
    guard count == dk2Length || count == dk1Length else { return false }
    let kind: TextDynamicKey.Kind = count == dk2Length ? .dk2 : .dk1
    return (try? decodeTextKey(text, kind: kind, offset: 0)) != nil
  }

  /// Decodes a legacy key whose kind the prefix or shape identifies.
  /// - Throws: ``TokenError`` of kind `truncated`, `trailing_bytes` (a text key of the wrong length),
  ///   `bad_field`, `bad_base64`, `empty_payload`, `length_overflow`; in strict mode also the
  ///   warnings of ``DecodedToken/warnings`` (`trailing_bytes`, `bad_signature_length`, `bad_app_id`).
  public static func decode(_ text: Substring, options: DecodeOptions = DecodeOptions())
    throws(TokenError) -> DecodedToken
  {
    let token: LegacyToken
    var warnings: [TokenError] = []
    if looksLikeUnprefixedKey(text) {
      let kind: TextDynamicKey.Kind = text.utf8.count == dk2Length ? .dk2 : .dk1
      token = .textKey(try decodeTextKey(text, kind: kind, offset: 0))
    } else if text.hasPrefix("005") {
      let key = try decodeDynamicKey5(text)
      token = .dynamicKey5(key)
      warnings = dynamicKey5Warnings(key)
    } else if text.hasPrefix("1:") {
      token = .signaling(try decodeSignaling(text))
    } else if text.hasPrefix("004") || text.hasPrefix("003") {
      let kind: TextDynamicKey.Kind = text.hasPrefix("004") ? .dk4 : .dk3
      try checkLength(text, kind: kind)
      token = .textKey(try decodeTextKey(text.dropFirst(3), kind: kind, offset: 3))
    } else {
      throw TokenError(
        .unknownVersion, offset: 0, in: .text,
        "the text is neither a prefixed legacy key (005, 004, 003, 1:) nor a 110- or 90-character DynamicKey"
      )
    }
    if !isHex32(token.appID) {
      warnings.append(
        TokenError(
          .badAppID, offset: nil,
          "the app id '\(token.appID)' is not 32 hexadecimal characters; copy the App ID from the Agora console"
        ))
    }
    if options.strict, let first = warnings.first { throw first }
    return DecodedToken(token: .legacy(token), warnings: warnings)
  }

  private static func checkLength(_ text: Substring, kind: TextDynamicKey.Kind) throws(TokenError) {
    let want: Int
    switch kind {
    case .dk4: want = dk4Length
    case .dk3: want = dk3Length
    case .dk2: want = dk2Length
    case .dk1: want = dk1Length
    }
    let count = text.utf8.count
    if count < want {
      throw TokenError(
        .truncated, offset: count, in: .text,
        "a \(kind.formatName) key is \(want) characters, this one \(count): it was cut while copying"
      )
    }
    if count > want {
      throw TokenError(
        .trailingBytes, offset: want, in: .text,
        "a \(kind.formatName) key is \(want) characters, this one \(count): \(count - want) characters follow it"
      )
    }
  }

  /// Reads the fixed-width fields of a text key (without its prefix).
  static func decodeTextKey(_ body: Substring, kind: TextDynamicKey.Kind, offset: Int)
    throws(TokenError) -> TextDynamicKey
  {
    var reader = FieldReader(text: Array(body.utf8), base: offset)
    let signature = try reader.hex("signature", 40)
    let appID = try reader.any("app_id", 32)
    let unixTs = try reader.decimal("unix_ts", 10)
    let random = try reader.hex("random", 8)
    var uid: UInt32?
    var expired: UInt32?
    switch kind {
    case .dk3, .dk2:
      uid = try reader.decimal("uid", 10)
      expired = try reader.decimal("expired_ts", 10)
    case .dk4:
      expired = try reader.decimal("expired_ts", 10)
    case .dk1:
      break
    }
    return TextDynamicKey(
      kind: kind, signature: signature, appID: appID, unixTs: unixTs, randomHex: random, uid: uid,
      expiredTs: expired)
  }

  static func decodeDynamicKey5(_ text: Substring) throws(TokenError) -> DynamicKey5 {
    let body = text.dropFirst(3)
    guard !body.isEmpty else {
      throw TokenError(.emptyPayload, offset: 3, in: .text, "nothing follows the version 005")
    }
    let content = try Base64Text.decode(body, textOffset: 3)
    var cursor = ByteCursor(content)
    var key = DynamicKey5()
    key.serviceType = try cursor.readUInt16("service_type")
    key.signature = try cursor.readPackedString("signature")
    key.appIDBytes = try cursor.readPackedBytes("app_id")
    key.unixTs = try cursor.readUInt32("unix_ts")
    key.salt = try cursor.readUInt32("salt")
    key.expiredTs = try cursor.readUInt32("expired_ts")
    let count = Int(try cursor.readUInt16("extra count"))
    for _ in 0..<count {
      let entryKey = try cursor.readUInt16("extra key")
      key.extra.append(
        DynamicKey5.Extra(
          key: entryKey, value: try cursor.readPackedString("extra \(entryKey) value")))
    }
    if !cursor.isAtEnd {
      key.trailingBytes = TrailingBytes(offset: cursor.offset, count: cursor.remaining)
    }
    return key
  }

  static func dynamicKey5Warnings(_ key: DynamicKey5) -> [TokenError] {
    var found: [TokenError] = []
    if let trailing = key.trailingBytes {
      found.append(
        TokenError(
          .trailingBytes, offset: trailing.offset,
          "\(trailing.count) bytes follow the extra map at content offset \(trailing.offset)"))
    }
    if key.signature.utf8.count != 40 {
      found.append(
        TokenError(
          .badSignatureLength, offset: 2,
          "the signature is \(key.signature.utf8.count) characters; a DynamicKey5 signature is 40 hex characters (HMAC-SHA1)"
        ))
    }
    if key.appIDBytes.count != 16 {
      found.append(
        TokenError(
          .badAppID, offset: nil,
          "the app id is \(key.appIDBytes.count) bytes; DynamicKey5 stores the 32-hex app id as 16 bytes"
        ))
    }
    return found
  }

  static func decodeSignaling(_ text: Substring) throws(TokenError) -> SignalingToken {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 4 else {
      throw TokenError(
        .badField, offset: 0, in: .text,
        "a signaling token has four parts, 1:app_id:expired_ts:md5; this one has \(parts.count)")
    }
    let expiredOffset = parts[0].utf8.count + parts[1].utf8.count + 2
    guard parts[2].utf8.count <= 10, parts[2].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let expired = UInt32(parts[2])
    else {
      throw TokenError(
        .badField, offset: expiredOffset, in: .text,
        "expired_ts '\(parts[2].prefix(20))' of the signaling token is not a Unix time")
    }
    let md5 = String(parts[3])
    guard md5.utf8.count == 32, md5.utf8.allSatisfy(\.isHexDigitASCII) else {
      throw TokenError(
        .badSignatureLength, offset: expiredOffset + parts[2].utf8.count + 1, in: .text,
        "the md5 part of the signaling token must be 32 hex characters; it is '\(md5.prefix(40))'")
    }
    return SignalingToken(appID: String(parts[1]), expiredTs: expired, md5: md5)
  }
}

/// Reads fixed-width fields of a text key, checking each character class.
private struct FieldReader {
  let text: [UInt8]
  let base: Int
  var offset = 0

  init(text: [UInt8], base: Int) {
    self.text = text
    self.base = base
  }

  mutating func take(_ name: String, _ width: Int) throws(TokenError) -> ArraySlice<UInt8> {
    guard offset + width <= text.count else {
      throw TokenError(
        .truncated, offset: base + text.count, in: .text,
        "the key ends inside \(name): \(width) characters needed at character \(base + offset)")
    }
    defer { offset += width }
    return text[offset..<offset + width]
  }

  mutating func any(_ name: String, _ width: Int) throws(TokenError) -> String {
    String(decoding: try take(name, width), as: UTF8.self)
  }

  mutating func hex(_ name: String, _ width: Int) throws(TokenError) -> String {
    let start = base + offset
    let field = try take(name, width)
    guard field.allSatisfy(\.isHexDigitASCII) else {
      throw TokenError(
        .badField, offset: start, in: .text,
        "\(name) (characters \(start + 1)..\(start + width)) must be \(width) hex digits")
    }
    return String(decoding: field, as: UTF8.self)
  }

  mutating func decimal(_ name: String, _ width: Int) throws(TokenError) -> UInt32 {
    let start = base + offset
    let field = try take(name, width)
    guard field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let value = UInt32(String(decoding: field, as: UTF8.self))
    else {
      throw TokenError(
        .badField, offset: start, in: .text,
        "\(name) (characters \(start + 1)..\(start + width)) must be \(width) decimal digits below 2^32"
      )
    }
    return value
  }
}
