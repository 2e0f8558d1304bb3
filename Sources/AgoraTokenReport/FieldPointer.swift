import AgoraTokenLint

extension FieldPath {
  /// The JSON pointer (RFC 6901) of this field in the report's `token` object: `/app_id`,
  /// `/services/0/channel_name`, `/services/0/privileges/1` (007 privilege maps are keyed by the
  /// decimal id), `/privileges/1` (006). The layout is ``AccessToken2Object``'s,
  /// ``AccessToken006Object``'s and ``LegacyTokenObject``'s; no key needs `~` escaping.
  public var jsonPointer: String {
    switch self {
    case .token(let field): "/" + field.reportKey
    case .service(let index): "/services/\(index)"
    case .serviceField(let index, let field): "/services/\(index)/\(field.rawValue)"
    case .privilege(let index, let id): "/services/\(index)/privileges/\(id)"
    case .privilege006(let id): "/privileges/\(id)"
    }
  }
}

extension Optional where Wrapped == FieldPath {
  /// The field's JSON pointer, or `""` when no field is to blame (a finding's `field` member).
  public var jsonPointer: String { self?.jsonPointer ?? "" }
}

extension TokenField {
  /// The member of the report's `token` object that shows this field.
  var reportKey: String {
    switch self {
    case .version: "version"
    case .appID: "app_id"
    case .issueTs: "issue_ts"
    case .expire: "expire"
    case .salt: "salt"
    case .signature: "signature_hex"
    case .serviceCount: "service_count"
    case .services: "services"
    case .trailingBytes: "trailing_bytes"
    case .expiresAt: "expires_at"
    case .ts: "ts"
    case .expiredTs: "expired_ts"
    case .crcChannelName: "crc_channel_name"
    case .crcUID: "crc_uid"
    case .privileges: "privileges"
    }
  }
}
