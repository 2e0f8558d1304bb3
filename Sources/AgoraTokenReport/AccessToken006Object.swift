import AgoraToken

/// A 006 token as `tokens-006.json` names its members (`version`, `app_id`, `salt`, `ts`,
/// `crc_channel_name`, `crc_uid`, `privileges`, `signature_hex`), plus derived times and facts:
/// `issued_at_estimate` = ts - 86400, `expires_at` = ts, each privilege's `expires_at` (absolute
/// Unix seconds; a value of 0 lasts as long as the token).
struct AccessToken006Object: ReportObject {
  let token: AccessToken006
  let facts: AccessToken006Facts
  /// `ts <= now`; `now` is Unix seconds.
  let expired: Bool

  init(_ token: AccessToken006, now: UInt64) {
    self.token = token
    facts = AccessToken006Facts(token)
    expired = token.expiresAt <= now
  }

  /// Each privilege with its name and absolute expiry.
  var privilegeDetails: [PrivilegeObject] {
    PrivilegeObject.details(
      token.privileges, name: AccessToken006.privilegeName, expiresAt: token.expiresAt)
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
    try container.encode(token.version, forKey: .version)
    try container.encode(token.appID, forKey: .appID)
    try container.encode(token.salt, forKey: .salt)
    try container.encode(token.ts, forKey: .ts)
    try container.encode(token.crcChannelName, forKey: .crcChannelName)
    try container.encode(token.crcUID, forKey: .crcUID)
    try container.encode(object: PrivilegeMap(token.privileges), forKey: .privileges)
    try container.encode(objects: privilegeDetails, forKey: .privilegeDetails)
    try container.encode(Hex.encode(token.signature), forKey: .signatureHex)
    try container.encode(token.issuedAtEstimate, forKey: .issuedAtEstimate)
    try container.encode(TimeText.iso8601(token.issuedAtEstimate), forKey: .issuedAtEstimateISO)
    try container.encode(token.expiresAt, forKey: .expiresAt)
    try container.encode(TimeText.iso8601(token.expiresAt), forKey: .expiresAtISO)
    try container.encode(expired, forKey: .expired)
    try container.encode(facts.layout, forKey: .layout)
    try container.encode(facts.uidIsWildcard, forKey: .uidIsWildcard)
    if let preimages = facts.numericUIDPreimages {
      try container.encode(strings: preimages.map { String($0) }, forKey: .uidCRCNumericPreimages)
    }
    try container.encode(strings: facts.notes, forKey: .notes)
    try container.encodeIfPresent(token.trailingBytes?.count, forKey: .trailingBytes)
  }
}
