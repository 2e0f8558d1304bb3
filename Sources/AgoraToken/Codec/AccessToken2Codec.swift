#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads 007 AccessToken2 text into an ``AccessToken2``.
///
/// Source: `AccessToken.from_string` and `Service*.unpack` in `python3/src/AccessToken2.py`;
/// error kinds and their order from `shared/vectors/README.md` ("Order of checks").
public enum AccessToken2Codec {
  /// Decodes a token text that starts with `007`.
  /// - Throws: ``TokenError`` with kind `empty_payload`, `bad_base64`, `truncated_zlib`, `bad_zlib`,
  ///   `too_large`, `truncated` or `length_overflow`; in strict mode also `trailing_bytes`,
  ///   `bad_signature_length` or `bad_app_id`. Payload errors carry a ``PartialDecode``.
  public static func decode(_ text: Substring, options: DecodeOptions = DecodeOptions())
    throws(TokenError) -> DecodedToken
  {
    let body = text.dropFirst(3)
    guard !body.isEmpty else {
      throw TokenError(.emptyPayload, offset: 3, in: .text, "nothing follows the version 007")
    }
    let compressed = try Base64Text.decodeData(body, textOffset: 3)
    return try decode(inflated: try inflate(compressed, options: options).output, options: options)
  }

  /// Inflates a 007 body's compressed bytes; the stream may end before the bytes do.
  /// - Throws: ``TokenError`` with kind `truncated_zlib` (with a ``PartialDecode`` when some
  ///   payload arrived), `bad_zlib` or `too_large`, offsets into the compressed body.
  static func inflate(
    _ compressed: some ContiguousBytes, options: DecodeOptions = DecodeOptions()
  ) throws(TokenError) -> Zlib.Inflated {
    do {
      return try Zlib.inflate(compressed, limit: options.limits.maxInflatedBytes)
    } catch {
      var failure = TokenError(error.kind, offset: error.inputOffset, in: .body, error.message)
      if error.kind == .truncatedZlib, !error.output.isEmpty {
        failure.partial = partialDecode(error.output)
      }
      throw failure
    }
  }

  /// Decodes an already inflated 007 payload: what ``decode(_:options:)`` does after inflating.
  /// - Throws: as ``decode(_:options:)``, from `empty_payload` on.
  public static func decode(inflated payload: [UInt8], options: DecodeOptions = DecodeOptions())
    throws(TokenError) -> DecodedToken
  {
    guard !payload.isEmpty else {
      throw TokenError(.emptyPayload, offset: 0, "the zlib stream inflates to zero bytes")
    }
    let (token, reads) = try readPayload(payload)
    let warnings = warnings(for: token)
    if options.strict, let first = warnings.first { throw first }
    var decoded = DecodedToken(token: .accessToken2(token), warnings: warnings)
    decoded.payloadReads = reads
    return decoded
  }

  /// Parses a decompressed 007 payload: `pack_string(signature) + signing_info`.
  /// - Throws: ``TokenError`` of kind `truncated` or `length_overflow`, with a ``PartialDecode``.
  public static func decodePayload(_ payload: [UInt8]) throws(TokenError) -> AccessToken2 {
    try readPayload(payload).token
  }

  private static func readPayload(_ payload: [UInt8]) throws(TokenError) -> (
    token: AccessToken2, reads: Int
  ) {
    var reader = PayloadReader(payload)
    do {
      try reader.read()
    } catch {
      var failure = error
      failure.partial = reader.partial()
      throw failure
    }
    return (reader.token, reader.cursor.reads)
  }

  /// The problems that a lenient decode reports and a strict decode rejects, in check order.
  public static func warnings(for token: AccessToken2) -> [TokenError] {
    TokenError.lenientDecodeWarnings(
      trailing: token.trailingBytes, trailingPlace: "the last service at payload offset",
      trailingEffect: "every reference parser ignores them, and the signature covers them",
      signatureCount: token.signature.count, appID: token.appID
    ) {
      TokenError(
        .badAppID, offset: 2 + token.signature.count,
        "the app id is not 32 hexadecimal characters (\(token.appID.utf8.count) bytes); copy the App ID from the Agora console"
      )
    }
  }

  private static func partialDecode(_ output: [UInt8]) -> PartialDecode? {
    var reader = PayloadReader(output)
    do {
      try reader.read()
      return nil
    } catch {
      return reader.partial()
    }
  }
}

/// The state of one payload read, kept so that a failure can report what was recovered.
private struct PayloadReader {
  var cursor: ByteCursor
  var token = AccessToken2()
  /// How many of ``headerFields`` were read, in order: a count rather than a list of names, which
  /// cost four array growths per token.
  var headerFieldsRead = 0
  /// The service being read, and its privileges and string fields read so far. No service has
  /// more than two string fields before its last field, so they are kept inline: an array of
  /// (name, value) tuples per service cost about 2,500 instructions per token to build and free.
  var pendingType: ServiceType?
  var pendingPrivileges: [Privilege]?
  var pendingFields: (first: (name: String, value: String)?, second: (name: String, value: String)?)
  var current = "signature"
  var serviceIndex = 0

  /// The fields before the services, in wire order.
  static let headerFields = ["signature", "app_id", "issue_ts", "expire", "salt", "service_count"]

  init(_ payload: [UInt8]) { cursor = ByteCursor(payload) }

  mutating func read() throws(TokenError) {
    token.signature = try header("signature") { cursor, name throws(TokenError) in
      try cursor.readPackedBytes(name)
    }
    token.signingInfoOffset = cursor.offset
    token.appID = try header("app_id") { cursor, name throws(TokenError) in
      try cursor.readPackedString(name)
    }
    token.issueTs = try header("issue_ts") { cursor, name throws(TokenError) in
      try cursor.readUInt32(name)
    }
    token.expire = try header("expire") { cursor, name throws(TokenError) in
      try cursor.readUInt32(name)
    }
    token.salt = try header("salt") { cursor, name throws(TokenError) in
      try cursor.readUInt32(name)
    }
    token.serviceCount = try header("service_count") { cursor, name throws(TokenError) in
      try cursor.readUInt16(name)
    }
    token.signingInfo = Array(cursor.bytes[token.signingInfoOffset...])

    for index in 0..<Int(token.serviceCount) {
      serviceIndex = index
      current = "type"
      let typeOffset = cursor.offset
      let type = ServiceType(rawValue: try cursor.readUInt16("service \(index + 1) type"))
      guard type.isKnown else {
        token.unparsedService = UnparsedService(
          type: type.rawValue, offset: typeOffset, bytes: Array(cursor.bytes[cursor.offset...]))
        return
      }
      pendingType = type
      pendingPrivileges = nil
      pendingFields = (nil, nil)
      // Names for error messages only, built when a read fails.
      let prefix = ServiceLabel(index: index, type: type)
      current = "privileges"
      let privileges = try readPrivileges(prefix)
      pendingPrivileges = privileges
      let fields = try readFields(type, prefix)
      token.services.append(Service(type: type, privileges: privileges, fields: fields))
      pendingType = nil
    }
    if !cursor.isAtEnd {
      token.trailingBytes = TrailingBytes(offset: cursor.offset, count: cursor.remaining)
    }
  }

  /// Reads one header field: `current` names it while it is read, and it counts once it is.
  private mutating func header<Value>(
    _ name: String, _ read: (inout ByteCursor, String) throws(TokenError) -> Value
  ) throws(TokenError) -> Value {
    current = name
    let value = try read(&cursor, name)
    headerFieldsRead += 1
    return value
  }

  private mutating func readPrivileges(_ prefix: ServiceLabel) throws(TokenError) -> [Privilege] {
    let count = Int(try cursor.readUInt16("\(prefix) privilege count"))
    var privileges: [Privilege] = []
    privileges.reserveCapacity(min(count, cursor.remaining / 6))
    for _ in 0..<count {
      let id = try cursor.readUInt16("\(prefix) privilege id")
      let value = try cursor.readUInt32("\(prefix) privilege \(id) value")
      privileges.append(Privilege(id: id, value: value))
    }
    return privileges
  }

  private mutating func string(_ name: String, _ prefix: ServiceLabel) throws(TokenError) -> String
  {
    current = name
    let value = try cursor.readPackedString("\(prefix): \(name)")
    if pendingFields.first == nil {
      pendingFields.first = (name, value)
    } else {
      pendingFields.second = (name, value)
    }
    return value
  }

  private mutating func readFields(_ type: ServiceType, _ prefix: ServiceLabel) throws(TokenError)
    -> ServiceFields
  {
    switch type {
    case .rtc:
      return .rtc(channelName: try string("channel_name", prefix), uid: try string("uid", prefix))
    case .rtm:
      return .rtm(userID: try string("user_id", prefix))
    case .streaming:
      return .streaming(
        channelName: try string("channel_name", prefix), account: try string("account", prefix))
    case .chat:
      return .chat(userID: try string("user_id", prefix))
    case .fcdn:
      return .fcdn(
        channelName: try string("channel_name", prefix), account: try string("account", prefix))
    case .apaas:
      let room = try string("room_uuid", prefix)
      let user = try string("user_uuid", prefix)
      current = "role"
      return .apaas(roomUUID: room, userUUID: user, role: try cursor.readInt16("\(prefix): role"))
    case .rtm2:
      let user = try string("user_id", prefix)
      current = "permissions"
      return .rtm2(userID: user, permissions: try readPermissions(prefix))
    default:
      return .fpa
    }
  }

  private mutating func readPermissions(_ prefix: ServiceLabel) throws(TokenError)
    -> [RTM2ResourcePermissions]
  {
    let typeCount = Int(try cursor.readUInt16("\(prefix): resource type count"))
    var result: [RTM2ResourcePermissions] = []
    for _ in 0..<typeCount {
      let resourceType = try cursor.readUInt16("\(prefix): resource type")
      let permissionCount = Int(try cursor.readUInt16("\(prefix): permission count"))
      var entry = RTM2ResourcePermissions(resourceType: resourceType, permissions: [])
      for _ in 0..<permissionCount {
        let permissionType = try cursor.readUInt16("\(prefix): permission type")
        let resourceCount = Int(try cursor.readUInt16("\(prefix): resource count"))
        var resources: [String] = []
        for _ in 0..<resourceCount {
          resources.append(try cursor.readPackedString("\(prefix): resource"))
        }
        entry.permissions.append((permissionType, resources))
      }
      result.append(entry)
    }
    return result
  }

  private func pending() -> PendingService? {
    pendingType.map {
      PendingService(
        type: $0, privileges: pendingPrivileges,
        fields: [pendingFields.first, pendingFields.second].compactMap { $0 })
    }
  }

  func partial() -> PartialDecode {
    var declared: Int?
    var partialBytes: [UInt8]?
    let bytes = cursor.bytes
    let at = cursor.offset
    // A cut string still shows its declared length and the bytes that arrived.
    if at + 2 <= bytes.count {
      let length = Int(UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8)
      if length > bytes.count - at - 2 {
        declared = length
        partialBytes = Array(bytes[(at + 2)...])
      }
    }
    var partialToken = token
    if partialToken.signingInfo.isEmpty, headerFieldsRead > 0 {
      partialToken.signingInfo = Array(bytes[token.signingInfoOffset...])
    }
    return PartialDecode(
      token: .accessToken2(partialToken),
      fieldsRead: Array(Self.headerFields.prefix(headerFieldsRead)), pendingService: pending(),
      stopsIn: current, declaredLength: declared, partialBytes: partialBytes,
      recoveredBytes: bytes.count)
  }
}

/// "service 2 (RTC)": how error messages name a service.
private struct ServiceLabel: CustomStringConvertible {
  let index: Int
  let type: ServiceType
  var description: String { "service \(index + 1) (\(type))" }
}
