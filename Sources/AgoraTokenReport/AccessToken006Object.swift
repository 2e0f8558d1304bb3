import AgoraToken

/// A 006 token as `tokens-006.json` names its members (`version`, `app_id`, `salt`, `ts`,
/// `crc_channel_name`, `crc_uid`, `privileges`, `signature_hex`), plus derived times and facts:
/// `issued_at_estimate` = ts - 86400, `expires_at` = ts, each privilege's `expires_at` (absolute
/// Unix seconds; a value of 0 lasts as long as the token).
struct AccessToken006Object: ReportObject {
  let version: String
  let appID: String
  let salt: UInt32
  let ts: UInt32
  let crcChannelName: UInt32
  let crcUID: UInt32
  let privileges: PrivilegeMap
  let privilegeDetails: [PrivilegeObject]
  let signatureHex: String
  let issuedAtEstimate: UInt64
  let issuedAtEstimateISO: String
  let expiresAt: UInt64
  let expiresAtISO: String
  let expired: Bool
  let layout: String
  let uidIsWildcard: Bool
  let uidCRCNumericPreimages: [String]?
  let notes: [String]
  let trailingBytes: Int?

  init(_ token: AccessToken006, now: UInt64) {
    let facts = AccessToken006Facts(token)
    version = token.version
    appID = token.appID
    salt = token.salt
    ts = token.ts
    crcChannelName = token.crcChannelName
    crcUID = token.crcUID
    privileges = PrivilegeMap(token.privileges)
    privilegeDetails = token.privileges.map { privilege in
      PrivilegeObject(
        id: privilege.id, name: AccessToken006.privilegeName(privilege.id), value: privilege.value,
        expiresAt: token.expiresAt(privilegeValue: privilege.value),
        inheritsTokenExpire: privilege.value == 0)
    }
    signatureHex = Hex.encode(token.signature)
    issuedAtEstimate = token.issuedAtEstimate
    issuedAtEstimateISO = TimeText.iso8601(token.issuedAtEstimate)
    expiresAt = token.expiresAt
    expiresAtISO = TimeText.iso8601(token.expiresAt)
    expired = token.expiresAt <= now
    layout = facts.layout
    uidIsWildcard = facts.uidIsWildcard
    uidCRCNumericPreimages = facts.numericUIDPreimages?.map { String($0) }
    notes = facts.notes
    trailingBytes = token.trailingBytes?.count
  }

  enum Keys: String, CodingKey {
    case version
    case appID = "app_id"
    case salt, ts
    case crcChannelName = "crc_channel_name"
    case crcUID = "crc_uid"
    case privileges
    case privilegeDetails = "privilege_details"
    case signatureHex = "signature_hex"
    case issuedAtEstimate = "issued_at_estimate"
    case issuedAtEstimateISO = "issued_at_estimate_iso"
    case expiresAt = "expires_at"
    case expiresAtISO = "expires_at_iso"
    case expired, layout
    case uidIsWildcard = "uid_is_wildcard"
    case uidCRCNumericPreimages = "uid_crc_numeric_preimages"
    case notes
    case trailingBytes = "trailing_bytes"
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encode(version, forKey: .version)
    try container.encode(appID, forKey: .appID)
    try container.encode(salt, forKey: .salt)
    try container.encode(ts, forKey: .ts)
    try container.encode(crcChannelName, forKey: .crcChannelName)
    try container.encode(crcUID, forKey: .crcUID)
    try container.encode(object: privileges, forKey: .privileges)
    try container.encode(objects: privilegeDetails, forKey: .privilegeDetails)
    try container.encode(signatureHex, forKey: .signatureHex)
    try container.encode(issuedAtEstimate, forKey: .issuedAtEstimate)
    try container.encode(issuedAtEstimateISO, forKey: .issuedAtEstimateISO)
    try container.encode(expiresAt, forKey: .expiresAt)
    try container.encode(expiresAtISO, forKey: .expiresAtISO)
    try container.encode(expired, forKey: .expired)
    try container.encode(layout, forKey: .layout)
    try container.encode(uidIsWildcard, forKey: .uidIsWildcard)
    if let uidCRCNumericPreimages {
      try container.encode(strings: uidCRCNumericPreimages, forKey: .uidCRCNumericPreimages)
    }
    try container.encode(strings: notes, forKey: .notes)
    try container.encodeIfPresent(trailingBytes, forKey: .trailingBytes)
  }
}
