import AgoraToken

/// The `token` member of a report: the decoded fields of any version.
struct TokenObject: Encodable {
  let token: AnyToken
  let now: UInt64

  init(_ token: AnyToken, now: UInt64) {
    self.token = token
    self.now = now
  }

  func encode(to encoder: Encoder) throws {
    switch token {
    case .accessToken2(let token):
      try AccessToken2Object(token, now: now).encode(to: encoder)
    case .accessToken006(let token):
      try AccessToken006Object(token, now: now).encode(to: encoder)
    case .legacy(let token):
      try LegacyTokenObject(token: token, now: now).encode(to: encoder)
    }
  }
}

/// A 007 token as the vectors name its members, plus derived times.
struct AccessToken2Object: Encodable {
  let version: String
  let appID: String
  let issueTs: UInt32
  let expire: UInt32
  let salt: UInt32
  let signatureHex: String
  let serviceCount: UInt16
  let services: [ServiceObject]
  let unparsedHex: String?
  let issuedAt: UInt64
  let issuedAtISO: String
  let expiresAt: UInt64
  let expiresAtISO: String
  let expired: Bool
  let trailingBytes: Int?

  init(_ token: AccessToken2, now: UInt64) {
    version = token.version
    appID = token.appID
    issueTs = token.issueTs
    expire = token.expire
    salt = token.salt
    signatureHex = Hex.encode(token.signature)
    serviceCount = token.serviceCount
    var services = token.services.map { ServiceObject($0, token: token) }
    if let unknown = token.unparsedService {
      services.append(ServiceObject(unknownType: unknown.type))
    }
    self.services = services
    unparsedHex = token.unparsedService.map { Hex.encode($0.bytes) }
    issuedAt = UInt64(token.issueTs)
    issuedAtISO = TimeText.iso8601(issuedAt)
    expiresAt = token.expiresAt
    expiresAtISO = TimeText.iso8601(token.expiresAt)
    expired = token.expiresAt <= now
    trailingBytes = token.trailingBytes?.count
  }

  enum CodingKeys: String, CodingKey {
    case version
    case appID = "app_id"
    case issueTs = "issue_ts"
    case expire, salt
    case signatureHex = "signature_hex"
    case serviceCount = "service_count"
    case services
    case unparsedHex = "unparsed_hex"
    case issuedAt = "issued_at"
    case issuedAtISO = "issued_at_iso"
    case expiresAt = "expires_at"
    case expiresAtISO = "expires_at_iso"
    case expired
    case trailingBytes = "trailing_bytes"
  }
}

/// One 007 service: `type`, `name`, `privileges` and the service fields, plus privilege details.
struct ServiceObject: Encodable {
  let type: UInt16
  let name: String?
  let privileges: PrivilegeMap?
  let privilegeDetails: [PrivilegeObject]?
  let fields: ServiceFields?
  let unparsed: Bool?

  init(_ service: Service, token: AccessToken2) {
    type = service.type.rawValue
    name = service.type.name
    privileges = PrivilegeMap(service.privileges)
    privilegeDetails = service.privileges.map { privilege in
      PrivilegeObject(
        id: privilege.id, name: service.type.privilegeName(privilege.id), value: privilege.value,
        expiresAt: token.expiresAt(privilegeValue: privilege.value),
        inheritsTokenExpire: privilege.value == 0)
    }
    fields = service.fields
    unparsed = nil
  }

  init(unknownType: UInt16) {
    type = unknownType
    name = nil
    privileges = nil
    privilegeDetails = nil
    fields = nil
    unparsed = true
  }

  enum CodingKeys: String, CodingKey {
    case type, name, privileges
    case privilegeDetails = "privilege_details"
    case unparsed
  }

  enum FieldKeys: String, CodingKey {
    case channelName = "channel_name"
    case uid
    case userID = "user_id"
    case account
    case roomUUID = "room_uuid"
    case userUUID = "user_uuid"
    case role, permissions
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(type, forKey: .type)
    // The vectors write `"name": null` for an unknown type, so null is explicit here.
    try container.encodeOrNull(name, forKey: .name)
    try container.encodeIfPresent(privileges, forKey: .privileges)
    try container.encodeIfPresent(privilegeDetails, forKey: .privilegeDetails)
    try container.encodeIfPresent(unparsed, forKey: .unparsed)
    var fieldContainer = encoder.container(keyedBy: FieldKeys.self)
    switch fields {
    case .rtc(let channel, let uid):
      try fieldContainer.encode(channel, forKey: .channelName)
      try fieldContainer.encode(uid, forKey: .uid)
    case .rtm(let user), .chat(let user):
      try fieldContainer.encode(user, forKey: .userID)
    case .streaming(let channel, let account), .fcdn(let channel, let account):
      try fieldContainer.encode(channel, forKey: .channelName)
      try fieldContainer.encode(account, forKey: .account)
    case .apaas(let room, let user, let role):
      try fieldContainer.encode(room, forKey: .roomUUID)
      try fieldContainer.encode(user, forKey: .userUUID)
      try fieldContainer.encode(role, forKey: .role)
    case .rtm2(let user, let permissions):
      try fieldContainer.encode(user, forKey: .userID)
      var map: [String: [String: [String]]] = [:]
      for entry in permissions {
        var inner = map[String(entry.resourceType)] ?? [:]
        for permission in entry.permissions {
          inner[String(permission.permissionType), default: []] += permission.resources
        }
        map[String(entry.resourceType)] = inner
      }
      try fieldContainer.encode(map, forKey: .permissions)
    case .fpa, .none:
      break
    }
  }
}

/// One privilege with its name and absolute expiry.
/// `privileges`: privilege id (decimal text) -> value, the last value winning for a repeated id.
///
/// Written through a keyed container: JSONEncoder encodes a `[String: UInt32]` by casting it to
/// `[String: Encodable]`, boxing every value. Measured with callgrind on a publisher token (four
/// privileges): 16,000 fewer instructions per document, 4% of rendering it.
struct PrivilegeMap: Encodable {
  let values: [UInt16: UInt32]

  init(_ privileges: [Privilege]) {
    values = Dictionary(privileges.map { ($0.id, $0.value) }, uniquingKeysWith: { _, last in last })
  }

  struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    for (id, value) in values {
      try container.encode(value, forKey: Key(stringValue: String(id)))
    }
  }
}

struct PrivilegeObject: Encodable {
  let id: UInt16
  let name: String?
  let value: UInt32
  let expiresAt: UInt64
  let inheritsTokenExpire: Bool

  enum CodingKeys: String, CodingKey {
    case id, name, value
    case expiresAt = "expires_at"
    case inheritsTokenExpire = "inherits_token_expire"
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeOrNull(name, forKey: .name)
    try container.encode(value, forKey: .value)
    try container.encode(expiresAt, forKey: .expiresAt)
    try container.encode(inheritsTokenExpire, forKey: .inheritsTokenExpire)
  }
}

/// Lower-case hex text.
enum Hex {
  static func encode(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
