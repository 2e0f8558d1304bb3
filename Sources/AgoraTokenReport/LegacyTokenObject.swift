import AgoraToken

/// A legacy key as `tokens-legacy.json` names its members: `kind`, `version` (null for DynamicKey2
/// and DynamicKey), `app_id`, and per kind `service_type`/`service`/`signature`/`unix_ts`/`salt`/
/// `expired_ts`/`extra` (005), `signature`/`unix_ts`/`random_hex`/`uid`/`expired_ts` (004, 003,
/// DynamicKey2, DynamicKey), `expired_ts`/`md5` (signaling). Derived: `issued_at`, `expires_at`
/// (absolute Unix seconds; absent when the key does not expire).
struct LegacyTokenObject: ReportObject {
  let token: LegacyToken
  let now: UInt64

  typealias Key = NamedKey

  func encode(into container: inout KeyedEncodingContainer<Key>) throws {
    try container.encode(token.kind, forKey: Key("kind"))
    try container.encode(token.formatName, forKey: Key("format"))
    // The vectors write `"version": null` for the unprefixed keys.
    try container.encodeOrNull(token.version, forKey: Key("version"))
    try container.encode(token.appID, forKey: Key("app_id"))
    try container.encodeIfPresent(token.signature, forKey: Key("signature"))
    try container.encodeIfPresent(token.unixTs, forKey: Key("unix_ts"))
    try container.encodeIfPresent(token.expiredTs, forKey: Key("expired_ts"))
    switch token {
    case .dynamicKey5(let key):
      try container.encode(key.serviceType, forKey: Key("service_type"))
      try container.encodeOrNull(key.serviceName, forKey: Key("service"))
      try container.encode(key.salt, forKey: Key("salt"))
      var extra = container.nestedContainer(keyedBy: Key.self, forKey: Key("extra"))
      let values = Dictionary(key.extra.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
      for (id, value) in values { try extra.encode(value, forKey: Key(String(id))) }
      try container.encodeIfPresent(key.trailingBytes?.count, forKey: Key("trailing_bytes"))
    case .textKey(let key):
      try container.encode(key.randomHex, forKey: Key("random_hex"))
      try container.encodeIfPresent(key.uid, forKey: Key("uid"))
    case .signaling(let signaling):
      try container.encode(signaling.md5, forKey: Key("md5"))
    }
    if let issued = token.unixTs {
      try container.encode(UInt64(issued), forKey: Key("issued_at"))
      try container.encode(TimeText.iso8601(UInt64(issued)), forKey: Key("issued_at_iso"))
    }
    if let expired = token.expiredTs, expired != 0 {
      try container.encode(UInt64(expired), forKey: Key("expires_at"))
      try container.encode(TimeText.iso8601(UInt64(expired)), forKey: Key("expires_at_iso"))
      try container.encode(UInt64(expired) <= now, forKey: Key("expired"))
    }
  }
}
