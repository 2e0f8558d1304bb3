import AgoraToken

/// The `token` member of a report: the decoded fields of any version.
struct TokenObject {
  let token: AnyToken
  let now: UInt64

  init(_ token: AnyToken, now: UInt64) {
    self.token = token
    self.now = now
  }

  /// Writes the token as the member `key` of `container`, in the shape of its version.
  func encode<Key>(into container: inout KeyedEncodingContainer<Key>, forKey key: Key) throws {
    switch token {
    case .accessToken2(let token):
      try container.encode(object: AccessToken2Object(token, now: now), forKey: key)
    case .accessToken006(let token):
      try container.encode(object: AccessToken006Object(token, now: now), forKey: key)
    case .legacy(let token):
      try container.encode(object: LegacyTokenObject(token: token, now: now), forKey: key)
    }
  }
}

/// A 007 token as the vectors name its members, plus derived times (`day_cap_ends_at` only when
/// Agora's 24-hour limit comes before `expires_at`). Members are read from the token as they are
/// written rather than copied into the object first.
struct AccessToken2Object: ReportObject {
  let token: AccessToken2
  /// `issue_ts + expire <= now`; `now` is Unix seconds.
  let expired: Bool

  init(_ token: AccessToken2, now: UInt64) {
    self.token = token
    expired = token.expiresAt <= now
  }

  /// The decoded services, then a service of an unknown type that ended decoding, if any.
  var services: [ServiceObject] {
    var services = token.services.map { ServiceObject($0, token: token) }
    if let unknown = token.unparsedService {
      services.append(ServiceObject(unknownType: unknown.type))
    }
    return services
  }

  /// The bytes from an unknown service type on, which the decoder could not read.
  var unparsedHex: String? { token.unparsedService.map { Hex.encode($0.bytes) } }

  enum Keys: String, CodingKey {
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
    case dayCapEndsAt = "day_cap_ends_at"
    case dayCapEndsAtISO = "day_cap_ends_at_iso"
    case expired
    case trailingBytes = "trailing_bytes"
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    // Members in key order: the stream then has nothing to sort (it would if they were not).
    try container.encode(token.appID, forKey: .appID)
    // Only when Agora's 24-hour limit ends the token before `expires_at` does.
    if let cap = token.dayCapEndsBeforeExpiry {
      try container.encode(cap, forKey: .dayCapEndsAt)
      try container.encode(TimeText.iso8601(cap), forKey: .dayCapEndsAtISO)
    }
    try container.encode(token.expire, forKey: .expire)
    try container.encode(expired, forKey: .expired)
    try container.encode(token.expiresAt, forKey: .expiresAt)
    try container.encode(TimeText.iso8601(token.expiresAt), forKey: .expiresAtISO)
    try container.encode(token.issueTs, forKey: .issueTs)
    try container.encode(UInt64(token.issueTs), forKey: .issuedAt)
    try container.encode(TimeText.iso8601(UInt64(token.issueTs)), forKey: .issuedAtISO)
    try container.encode(token.salt, forKey: .salt)
    try container.encode(token.serviceCount, forKey: .serviceCount)
    try container.encode(objects: services, forKey: .services)
    try container.encode(Hex.encode(token.signature), forKey: .signatureHex)
    try container.encodeIfPresent(token.trailingBytes?.count, forKey: .trailingBytes)
    try container.encodeIfPresent(unparsedHex, forKey: .unparsedHex)
    try container.encode(token.version, forKey: .version)
  }
}

/// One 007 service: `type`, `name`, `privileges` and the service fields, plus privilege details.
struct ServiceObject: ReportObject {
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
    privilegeDetails = PrivilegeObject.details(
      service.privileges, name: service.type.privilegeName, expiresAt: token.expiresAt)
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

  /// The members, the service fields (`channel_name`, `uid`, ...) among them.
  enum Keys: String, CodingKey {
    case type, name, privileges
    case privilegeDetails = "privilege_details"
    case unparsed
    case channelName = "channel_name"
    case uid
    case userID = "user_id"
    case account
    case roomUUID = "room_uuid"
    case userUUID = "user_uuid"
    case role, permissions
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    // Members in key order, the service fields among them, so the stream has nothing to sort.
    let parts = self.parts
    try container.encodeIfPresent(parts.account, forKey: .account)
    try container.encodeIfPresent(parts.channel, forKey: .channelName)
    // The vectors write `"name": null` for an unknown type, so null is explicit here.
    try container.encodeOrNull(name, forKey: .name)
    if let permissions = parts.permissions {
      try container.encode(Self.permissionMap(permissions), forKey: .permissions)
    }
    if let privilegeDetails {
      try container.encode(objects: privilegeDetails, forKey: .privilegeDetails)
    }
    try container.encodeIfPresent(object: privileges, forKey: .privileges)
    if let apaas = parts.apaas {
      try container.encode(apaas.role, forKey: .role)
      try container.encode(apaas.room, forKey: .roomUUID)
    }
    try container.encode(type, forKey: .type)
    try container.encodeIfPresent(parts.uid, forKey: .uid)
    try container.encodeIfPresent(unparsed, forKey: .unparsed)
    try container.encodeIfPresent(parts.user, forKey: .userID)
    if let apaas = parts.apaas { try container.encode(apaas.user, forKey: .userUUID) }
  }

  /// The service fields by member: the channel, uid, user, account, AppBuilder room and role,
  /// and RTM2 permissions, each present only for the services that have it.
  struct Parts {
    var channel: String?
    var uid: String?
    var user: String?
    var account: String?
    var apaas: (room: String, user: String, role: Int16)?
    var permissions: [RTM2ResourcePermissions]?
  }

  var parts: Parts {
    var parts = Parts()
    switch fields {
    case .rtc(let channel, let uid): (parts.channel, parts.uid) = (channel, uid)
    case .rtm(let user), .chat(let user): parts.user = user
    case .streaming(let channel, let account), .fcdn(let channel, let account):
      (parts.channel, parts.account) = (channel, account)
    case .apaas(let room, let user, let role): parts.apaas = (room, user, role)
    case .rtm2(let user, let permissions): (parts.user, parts.permissions) = (user, permissions)
    case .fpa, .none: break
    }
    return parts
  }

  /// RTM2 `permissions`: resource type -> permission type -> resources, as decimal-text keys.
  static func permissionMap(_ permissions: [RTM2ResourcePermissions]) -> [String: [String:
    [String]]]
  {
    var map: [String: [String: [String]]] = [:]
    for entry in permissions {
      var inner = map[String(entry.resourceType)] ?? [:]
      for permission in entry.permissions {
        inner[String(permission.permissionType), default: []] += permission.resources
      }
      map[String(entry.resourceType)] = inner
    }
    return map
  }
}

/// `privileges`: privilege id (decimal text) -> value, the last value winning for a repeated id.
///
/// Written through a keyed container: JSONEncoder encodes a `[String: UInt32]` by casting it to
/// `[String: Encodable]`, boxing every value. Measured with callgrind on a publisher token (four
/// privileges): 16,000 fewer instructions per document, 4% of rendering it.
struct PrivilegeMap: ReportObject {
  let values: [UInt16: UInt32]

  init(_ privileges: [Privilege]) {
    values = Dictionary(privileges.map { ($0.id, $0.value) }, uniquingKeysWith: { _, last in last })
  }

  func encode(into container: inout KeyedEncodingContainer<NamedKey>) throws {
    // In key order, which leaves the stream nothing to sort.
    for (id, value) in named {
      try container.encode(value, forKey: NamedKey(id))
    }
  }

  /// The members in key order: decimal text, so `10` before `2`.
  var named: [(String, UInt32)] {
    values.map { (String($0.key), $0.value) }
      .sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
  }
}

/// One privilege with its name and absolute expiry.
struct PrivilegeObject: ReportObject {
  let id: UInt16
  let name: String?
  let value: UInt32
  let expiresAt: UInt64
  let inheritsTokenExpire: Bool

  /// Each of `privileges` with its name and its absolute expiry (`expiresAt` of its value, Unix
  /// seconds); a value of 0 inherits the token's expiry.
  static func details(
    _ privileges: [Privilege], name: (UInt16) -> String?,
    expiresAt: (_ privilegeValue: UInt32) -> UInt64
  ) -> [PrivilegeObject] {
    privileges.map { privilege in
      PrivilegeObject(
        id: privilege.id, name: name(privilege.id), value: privilege.value,
        expiresAt: expiresAt(privilege.value), inheritsTokenExpire: privilege.value == 0)
    }
  }

  enum Keys: String, CodingKey {
    case id, name, value
    case expiresAt = "expires_at"
    case inheritsTokenExpire = "inherits_token_expire"
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encode(expiresAt, forKey: .expiresAt)
    try container.encode(id, forKey: .id)
    try container.encode(inheritsTokenExpire, forKey: .inheritsTokenExpire)
    try container.encodeOrNull(name, forKey: .name)
    try container.encode(value, forKey: .value)
  }
}
