import AgoraToken

/// Text report lines for 006 tokens and legacy keys, for the `inspect` text renderer.
///
/// 006 privilege values are absolute Unix times (0 = no limit of its own: the privilege lasts as
/// long as the token, `ts`); legacy `expired_ts` 0 means the key does not expire. Source:
/// `shared/vectors/README.md` ("The 006 format", "Legacy formats").
public enum LegacyTextLines {
  /// The lines describing `token` at time `now` (Unix seconds), or `nil` for a 007 token, which the
  /// 007 renderer describes.
  public static func lines(for token: AnyToken, now: UInt64) -> [String]? {
    switch token {
    case .accessToken2:
      return nil
    case .accessToken006(let token):
      return lines006(token, now: now)
    case .legacy(let token):
      return linesLegacy(token, now: now)
    }
  }

  static func time(_ unix: UInt64) -> String { "\(TimeText.iso8601(unix)) (\(unix))" }

  static func lines006(_ token: AccessToken006, now: UInt64) -> [String] {
    let facts = AccessToken006Facts(token)
    var lines = [
      "version: 006 (AccessToken v1)",
      "app_id: \(token.appID)",
      "issued: about \(time(token.issuedAtEstimate)) (ts - 24 h; 006 stores no issue time)",
      "expires: \(time(token.expiresAt)), \(TimeText.expiry(token.expiresAt, now: now))",
      "salt: \(token.salt)",
      "crc_channel_name: \(token.crcChannelName) (CRC-32 of the channel name\(token.hasRTMLogin ? ", or of the RTM user id" : ""))",
      "crc_uid: \(token.crcUID)\(token.crcUID == 0 ? " (empty uid: uid 0, any integer uid)" : "")",
      "privileges:",
    ]
    for privilege in token.privileges {
      let name = AccessToken006.privilegeName(privilege.id) ?? "unknown"
      let expiry =
        privilege.value == 0
        ? "0: no limit of its own, lasts as long as the token"
        : "\(time(UInt64(privilege.value))), \(TimeText.expiry(UInt64(privilege.value), now: now))"
      lines.append("  \(name) (\(privilege.id)): \(expiry)")
    }
    lines += facts.notes.map { "note: \($0)" }
    return lines
  }

  static func linesLegacy(_ token: LegacyToken, now: UInt64) -> [String] {
    var lines = ["format: \(token.formatName)", "app_id: \(token.appID)"]
    if let issued = token.unixTs { lines.append("issued: \(time(UInt64(issued)))") }
    if let expired = token.expiredTs {
      lines.append(
        expired == 0
          ? "expires: never (expired_ts 0)"
          : "expires: \(time(UInt64(expired))), \(TimeText.expiry(UInt64(expired), now: now))")
    }
    switch token {
    case .dynamicKey5(let key):
      lines.append("service: \(key.serviceName ?? "unknown") (\(key.serviceType))")
      lines.append("salt: \(key.salt)")
      for entry in key.extra {
        let name = entry.key == 1 ? "ALLOW_UPLOAD_IN_CHANNEL" : "key \(entry.key)"
        lines.append("extra \(name): \(entry.value)")
      }
      lines.append(
        "hmac: \(key.signature) (HMAC-SHA1; signs the channel and uid, which are not stored)")
    case .textKey(let key):
      lines.append("random: \(key.randomHex)")
      if let uid = key.uid { lines.append("uid: \(uid)") }
      lines.append("hmac: \(key.signature) (HMAC-SHA1)")
      if key.kind == .dk4 {
        lines.append("note: the service (ACS, ARS or APSS) and the uid are signed but not stored")
      }
    case .signaling(let signaling):
      lines.append(
        "md5: \(signaling.md5) (signs the account, the app id, the certificate and expired_ts)")
    }
    lines.append("note: a legacy key; Agora recommends AccessToken2 (007)")
    return lines
  }
}
