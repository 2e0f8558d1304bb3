/// The 006 AccessToken encoder: the inverse of ``AccessToken006Codec``, byte for byte as Agora's
/// `AccessToken.build` makes it.
///
/// Source: `python3/src/AccessToken.py` (AgoraIO/Tools, DynamicKey/AgoraDynamicKey): `m` is
/// `uint32 salt + uint32 ts + map<uint16, uint32> privileges`; the signature is
/// HMAC-SHA256(certificate, `app_id + channel_name + uid + m`); the content is
/// `pack_string(signature) + uint32 crc32(channel_name) + uint32 crc32(uid) + pack_string(m)`; the
/// token is `"006" + app_id + base64(content)`. Every value is used as given: `ts` and the
/// privilege values are absolute Unix seconds (the builders set `ts` to now + 24 hours), and a
/// uid of 0 is the empty string, as `RtcTokenBuilder.buildTokenWithUid` passes it.
///
/// 006 is a legacy format; new tokens should be 007 (``AccessToken2Builder``). agtoken builds 006
/// to test its 006 reading and to reproduce tokens that old servers still issue.
public struct AccessToken006Builder: Sendable {
  /// The App ID, 32 hexadecimal characters.
  public var appID: String
  /// The App Certificate that signs; never printed.
  public var certificate: AppCertificate
  /// The channel name (for RTM, `RtmTokenBuilder` puts the user id here).
  public var channelName: String
  /// The uid as text: `""` for uid 0 (any uid), the decimal uid, or the user account.
  public var uid: String
  /// The salt (the references draw 1...99,999,999).
  public var salt: UInt32
  /// The message time, absolute Unix seconds (the references: build time + 86400).
  public var ts: UInt32
  /// The privileges by id (1 joinChannel ... 4 publishDataStream, 1000 RTM login) with their
  /// absolute expiry, Unix seconds (0: no expiry of its own). Packed in ascending id order.
  public var privileges: [Privilege]

  /// Creates a builder; nothing is checked until ``build()``.
  public init(
    appID: String, certificate: some AppCertificateConvertible, channelName: String, uid: String,
    salt: UInt32, ts: UInt32, privileges: [Privilege]
  ) {
    self.appID = appID
    self.certificate = certificate.asAppCertificate
    self.channelName = channelName
    self.uid = uid
    self.salt = salt
    self.ts = ts
    self.privileges = privileges
  }

  /// Builds the token text.
  /// - Returns: `"006"`, the App ID, then standard padded base64 of the content.
  /// - Throws: ``BuildError``: `bad_app_id`, `bad_certificate`, `too_many_entries` (more than
  ///   65535 privileges) or `string_too_long` (a packed field over 65535 bytes).
  public func build() throws(BuildError) -> String {
    try BuildChecks.appID(appID)
    try BuildChecks.certificate(certificate)
    let ordered = privileges.enumerated()
      .sorted { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) }
      .map(\.element)
    guard let count = UInt16(exactly: ordered.count) else {
      throw BuildError(
        .tooManyEntries, field: "privileges",
        "a 006 token holds at most 65535 privileges; \(ordered.count) were given")
    }
    var message = ByteWriter()
    message.write(salt)
    message.write(ts)
    message.write(count)
    for privilege in ordered {
      message.write(privilege.id)
      message.write(privilege.value)
    }
    let signature = AccessToken006Signer.sign(
      appID: appID, channel: channelName, uid: uid, message: message.bytes,
      certificate: certificate.secret)
    var content = ByteWriter()
    try Self.pack(signature, field: "signature", into: &content)
    content.write(Zlib.crc32(Array(channelName.utf8)))
    content.write(Zlib.crc32(Array(uid.utf8)))
    try Self.pack(message.bytes, field: "m", into: &content)
    return "006" + appID + Base64Text.encode(content.bytes)
  }

  private static func pack(_ bytes: [UInt8], field: String, into writer: inout ByteWriter)
    throws(BuildError)
  {
    try writer.pack(bytes, field: field, container: "a 006 token field")
  }
}

extension AccessToken006Builder: CertificateRedacting {
  /// The app id, channel, uid, salt, ts and privileges; the certificate is redacted.
  public var redactedFields: KeyValuePairs<String, Any> {
    [
      "app_id": appID, "certificate": "<redacted>", "channel_name": channelName, "uid": uid,
      "salt": salt, "ts": ts, "privileges": privileges,
    ]
  }
}
