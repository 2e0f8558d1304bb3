/// Reads 006 AccessToken text into an ``AccessToken006``.
///
/// Source: `AccessToken.fromString` in `python3/src/AccessToken.py`; error kinds and their order from
/// `shared/vectors/README.md` ("Order of checks"): version, base64, content structure,
/// `trailing_bytes`, `bad_signature_length`, `bad_app_id`.
public enum AccessToken006Codec {
  /// Characters before the base64 content: `006` and the 32-character app id.
  static let headerLength = 3 + 32

  /// Decodes a token text that starts with `006`.
  /// - Throws: ``TokenError`` of kind `bad_app_id` when fewer than 32 characters follow the version,
  ///   `empty_payload`, `bad_base64`, `truncated` or `length_overflow`; in strict mode also
  ///   `trailing_bytes`, `bad_signature_length` or `bad_app_id` (non-hex app id).
  public static func decode(_ text: Substring, options: DecodeOptions = DecodeOptions())
    throws(TokenError) -> DecodedToken
  {
    let afterVersion = text.dropFirst(3)
    guard afterVersion.count >= 32 else {
      let shown = String(afterVersion.prefix(40))
      throw TokenError(
        .badAppID, offset: 3, in: .text,
        "characters 4..35 of a 006 token must be the 32-character app id, but only \(afterVersion.count) characters follow the version ('\(shown)')"
      )
    }
    let appID = String(afterVersion.prefix(32))
    let body = afterVersion.dropFirst(32)
    guard !body.isEmpty else {
      throw TokenError(
        .emptyPayload, offset: headerLength, in: .text,
        "nothing follows the app id of this 006 token")
    }
    let content: [UInt8]
    do {
      content = try Base64Text.decode(body, textOffset: headerLength)
    } catch {
      // The characters before the bad one still decode: recover the fields they hold.
      var failure = error
      let good = max(0, (error.offset ?? headerLength) - headerLength) / 4 * 4
      let prefix = (try? Base64Text.decode(Substring(body.utf8.prefix(good)), textOffset: 0)) ?? []
      failure.partial = partialDecode(prefix, appID: appID)
      throw failure
    }
    guard !content.isEmpty else {
      throw TokenError(.emptyPayload, offset: 0, "the 006 content is empty")
    }
    var token: AccessToken006
    do {
      token = try decodeContent(content)
    } catch {
      var failure = error
      failure.partial = partialDecode(content, appID: appID)
      throw failure
    }
    token.appID = appID
    let warnings = warnings(for: token)
    if options.strict, let first = warnings.first { throw first }
    return DecodedToken(token: .accessToken006(token), warnings: warnings)
  }

  /// Parses decoded 006 content (everything after the app id, base64-decoded).
  /// - Throws: ``TokenError`` of kind `truncated` or `length_overflow` (content offsets).
  public static func decodeContent(_ content: [UInt8]) throws(TokenError) -> AccessToken006 {
    var cursor = ByteCursor(content)
    var token = AccessToken006()
    token.signature = try cursor.readPackedBytes("signature")
    token.crcChannelName = try cursor.readUInt32("crc_channel_name")
    token.crcUID = try cursor.readUInt32("crc_uid")
    token.message = try cursor.readPackedBytes("message")
    if !cursor.isAtEnd {
      token.trailingBytes = TrailingBytes(offset: cursor.offset, count: cursor.remaining)
    }
    let messageOffset = cursor.offset - token.message.count
    do {
      let leftover = try readMessage(token.message, into: &token)
      // Extra bytes inside m are signed, so the token stays verifiable; report them like trailing bytes.
      if token.trailingBytes == nil, leftover < token.message.count {
        token.trailingBytes = TrailingBytes(
          offset: messageOffset + leftover, count: token.message.count - leftover)
      }
    } catch {
      var moved = error
      moved.offset = error.offset.map { $0 + messageOffset }
      moved.message =
        "inside the message string at content offset \(messageOffset): " + error.message
      throw moved
    }
    return token
  }

  /// Reads `m`; returns the offset after the last privilege.
  private static func readMessage(_ message: [UInt8], into token: inout AccessToken006)
    throws(TokenError) -> Int
  {
    var cursor = ByteCursor(message)
    token.salt = try cursor.readUInt32("salt")
    token.ts = try cursor.readUInt32("ts")
    let count = Int(try cursor.readUInt16("privilege count"))
    token.privileges.reserveCapacity(min(count, cursor.remaining / 6))
    for _ in 0..<count {
      let id = try cursor.readUInt16("privilege id")
      let value = try cursor.readUInt32("privilege \(id) value")
      token.privileges.append(Privilege(id: id, value: value))
    }
    return cursor.offset
  }

  /// What a damaged content still holds: the fields read before the damage, in reading order.
  static func partialDecode(_ content: [UInt8], appID: String) -> PartialDecode {
    var cursor = ByteCursor(content)
    var token = AccessToken006()
    token.appID = appID
    var read = ["app_id"]
    var current = "signature"
    var declared: Int?
    var partialBytes: [UInt8]?
    func cutString(_ cursor: ByteCursor) {
      let at = cursor.offset
      guard at + 2 <= cursor.bytes.count else { return }
      let length = Int(UInt16(cursor.bytes[at]) | UInt16(cursor.bytes[at + 1]) << 8)
      if length > cursor.bytes.count - at - 2 {
        declared = length
        partialBytes = Array(cursor.bytes[(at + 2)...])
      }
    }
    // `current` names the field being read; `read` lists it once it is.
    func field<Value>(_ name: String, _ body: (String) throws -> Value) rethrows -> Value {
      current = name
      let value = try body(name)
      read.append(name)
      return value
    }
    do {
      cutString(cursor)
      token.signature = try field("signature") { try cursor.readPackedBytes($0) }
      token.crcChannelName = try field("crc_channel_name") { try cursor.readUInt32($0) }
      token.crcUID = try field("crc_uid") { try cursor.readUInt32($0) }
      current = "message"
      // The message's fields are read from whatever part of it arrived.
      cutString(cursor)
      let length = cursor.remaining >= 2 ? Int(try cursor.readUInt16("message length")) : 0
      var message = ByteCursor(Array(cursor.bytes[cursor.offset...].prefix(length)))
      token.salt = try field("salt") { try message.readUInt32($0) }
      token.ts = try field("ts") { try message.readUInt32($0) }
      current = "privileges"
      let count = Int(try message.readUInt16("privilege count"))
      for _ in 0..<count {
        let id = try message.readUInt16("privilege id")
        token.privileges.append(Privilege(id: id, value: try message.readUInt32("privilege value")))
      }
      read.append("privileges")
      current = "end"
    } catch {
      // Reading stops at the damage; what was read is kept.
    }
    return PartialDecode(
      token: .accessToken006(token), fieldsRead: read, stopsIn: current, declaredLength: declared,
      partialBytes: partialBytes, recoveredBytes: content.count)
  }

  /// The problems that a lenient decode reports and a strict decode rejects, in check order.
  public static func warnings(for token: AccessToken006) -> [TokenError] {
    TokenError.lenientDecodeWarnings(
      trailing: token.trailingBytes, trailingPlace: "the message at content offset",
      trailingEffect: "the reference parsers ignore them, and the signature does not cover them",
      signatureCount: token.signature.count, appID: token.appID
    ) {
      TokenError(
        .badAppID, offset: 3, in: .text,
        "characters 4..35 must be a 32-hex app id, got '\(token.appID)'; copy the App ID from the Agora console"
      )
    }
  }
}
