/// Builds 007 AccessToken2 tokens byte for byte as Agora's python3 reference does.
///
/// Source: `AccessToken.build` in `python3/src/AccessToken2.py` (AgoraIO/Tools):
/// ```
/// signing_info = pack_string(app_id) + uint32 issue_ts + uint32 expire + uint32 salt
///              + uint16 service_count + services (sorted by type, stable)
/// token        = "007" + base64(zlib.compress(pack_string(signature) + signing_info))
/// ```
/// with the signature from ``AccessToken2Signer`` (HMAC-SHA256 chain over issue_ts, salt and the
/// certificate text). zlib runs at its default level and base64 is standard with padding, so the
/// output equals the python3 reference's for the same inputs.
///
/// The value holds the certificate; its descriptions and its mirror are redacted.
public struct AccessToken2Builder: Sendable {
  /// The app id, 32 hexadecimal characters, packed as text (not hex-decoded).
  public var appID: String
  /// The token's lifetime, seconds relative to issue_ts (not a Unix time).
  public var expire: UInt32
  /// The services, in insertion order; ``BuildOptions/serviceOrder`` decides the payload order.
  public var services: [Service]
  /// Issue time, salt and which of agtoken's own checks apply.
  public var options: BuildOptions
  private let certificate: AppCertificate

  /// Creates a builder.
  /// - Parameters:
  ///   - appID: the App ID, 32 hexadecimal characters.
  ///   - certificate: the App Certificate (or its text), 32 hexadecimal characters, used as text.
  ///   - expire: the token lifetime in seconds relative to issue_ts.
  ///   - services: the services to pack; more can be added with ``add(_:)``.
  ///   - options: issue_ts, salt, clock and checks.
  public init(
    appID: String, certificate: some AppCertificateConvertible, expire: UInt32,
    services: [Service] = [], options: BuildOptions = BuildOptions()
  ) {
    self.appID = appID
    self.certificate = certificate.asAppCertificate
    self.expire = expire
    self.services = services
    self.options = options
  }

  /// Adds a service. Repeated types are kept, as the reference's `add_service` keeps them.
  public mutating func add(_ service: Service) { services.append(service) }

  /// Builds the token text.
  /// - Returns: `"007"` followed by standard padded base64.
  /// - Throws: ``BuildError``: `bad_app_id`, `bad_certificate`, `no_services` (the reference's
  ///   checks, in its order), then `value_looks_absolute` / `lifetime_over_24h` (agtoken's checks,
  ///   relaxed by ``BuildOptions``), `fields_mismatch`, `string_too_long`, `too_many_entries`,
  ///   `clock_out_of_range` or `compression_failed`.
  public func build() throws(BuildError) -> String {
    try BuildChecks.appID(appID)
    try BuildChecks.certificate(certificate)
    guard !services.isEmpty else {
      throw BuildError(
        .noServices, field: "services",
        "a token needs at least one service; the reference builders return an empty string without one"
      )
    }
    try BuildChecks.lifetime(expire, field: "expire", options: options)
    let ordered = orderedServices()
    for (index, service) in ordered.enumerated() {
      for privilege in service.privileges {
        let name = service.type.privilegeName(privilege.id).map { " (\($0))" } ?? ""
        try BuildChecks.lifetime(
          privilege.value,
          field: "\(label(service, index)) privilege \(privilege.id)\(name)", options: options)
      }
    }
    let issueTs = try resolvedIssueTs()
    // Cryptographically secure, like the reference's secrets.SystemRandom().
    var generator = SystemRandomNumberGenerator()
    let salt = options.salt ?? UInt32.random(in: BuildOptions.saltRange, using: &generator)

    var info = ByteWriter()
    try packString(appID, field: "app_id", into: &info)
    info.write(issueTs)
    info.write(expire)
    info.write(salt)
    try ServicePacker.checkCount(ordered.count, field: "services")
    info.write(UInt16(ordered.count))
    for (index, service) in ordered.enumerated() {
      try ServicePacker.pack(service, label: label(service, index), into: &info)
    }
    let signature = AccessToken2Signer.sign(
      signingInfo: info.bytes, certificate: certificate.secret, issueTs: issueTs, salt: salt)
    var payload = ByteWriter()
    try packBytes(signature, field: "signature", into: &payload)
    payload.writeRaw(info.bytes)
    let compressed: [UInt8]
    do {
      compressed = try Zlib.deflate(payload.bytes)
    } catch {
      throw BuildError(
        .compressionFailed, field: nil, "zlib could not compress the payload: \(error.message)")
    }
    return "007" + Base64Text.encode(compressed)
  }

  private func orderedServices() -> [Service] {
    switch options.serviceOrder {
    case .asGiven:
      return services
    case .byType:
      // Array.sort is not guaranteed stable, so sort by (type, insertion index).
      return services.enumerated()
        .sorted { ($0.element.type.rawValue, $0.offset) < ($1.element.type.rawValue, $1.offset) }
        .map(\.element)
    }
  }

  private func label(_ service: Service, _ index: Int) -> String {
    "service \(index + 1) (\(service.type))"
  }

  private func resolvedIssueTs() throws(BuildError) -> UInt32 {
    if let issueTs = options.issueTs { return issueTs }
    let now = options.clock.now()
    guard let value = UInt32(exactly: now) else {
      throw BuildError(
        .clockOutOfRange, field: "issue_ts",
        "the clock reads \(now), which a uint32 issue_ts cannot hold; pass issue_ts explicitly")
    }
    return value
  }

  private func packString(_ text: String, field: String, into writer: inout ByteWriter)
    throws(BuildError)
  {
    try packBytes(Array(text.utf8), field: field, into: &writer)
  }

  private func packBytes(_ bytes: [UInt8], field: String, into writer: inout ByteWriter)
    throws(BuildError)
  {
    try writer.pack(bytes, field: field, container: "a token string")
  }
}

extension AccessToken2Builder: CertificateRedacting {
  /// The app id, expire, services and options; the certificate is redacted.
  public var redactedFields: KeyValuePairs<String, Any> {
    [
      "app_id": appID, "certificate": "<redacted>", "expire": expire, "services": services,
      "options": options,
    ]
  }
}
