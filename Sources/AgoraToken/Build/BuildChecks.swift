/// The checks a build runs before packing: the reference's (app id, certificate) and agtoken's
/// own (lifetimes).
///
/// Sources: `AccessToken.__build_check` in `python3/src/AccessToken2.py` (32 hex characters for
/// both ids); lint codes `expire_over_24h` and `privilege_looks_absolute` in
/// `shared/vectors/README.md` for the lifetime limits.
enum BuildChecks {
  /// The app id must be 32 hexadecimal characters.
  static func appID(_ appID: String) throws(BuildError) {
    guard !isHex32(appID) else { return }
    throw BuildError(
      .badAppID, field: "app_id",
      "app_id must be 32 hexadecimal characters as Agora Console shows it; \(shape(appID)). Copy the App ID again from the console"
    )
  }

  /// The certificate must be 32 hexadecimal characters. The message names its origin, never its value.
  static func certificate(_ certificate: AppCertificate) throws(BuildError) {
    guard !certificate.isHex32 else { return }
    throw BuildError(
      .badCertificate, field: "app_certificate",
      "the App Certificate from \(certificate.origin) must be 32 hexadecimal characters; \(shape(certificate.secret)). Copy the primary certificate again from Agora Console"
    )
  }

  /// A lifetime (relative seconds) must not look like a Unix time nor exceed 24 hours, unless allowed.
  static func lifetime(_ value: UInt32, field: String, options: BuildOptions) throws(BuildError) {
    if value >= BuildOptions.absoluteThreshold {
      guard !options.allowsAbsoluteLookingValues else { return }
      throw BuildError(
        .valueLooksAbsolute, field: field,
        "\(field) is \(value), which looks like a Unix time: 007 lifetimes are seconds relative to issue_ts (3600 is one hour). Pass a relative value, or allow it explicitly (--allow-absolute-expire)"
      )
    }
    if value > BuildOptions.maximumLifetime && !options.allowsLongLifetime {
      throw BuildError(
        .lifetimeOver24h, field: field,
        "\(field) is \(value) seconds, more than 86400 (24 hours), the longest lifetime Agora documents. Use a shorter lifetime and renew the token, or allow it explicitly (--allow-long-lifetime)"
      )
    }
  }

  /// Describes what is wrong with a would-be 32-hex text without showing it.
  private static func shape(_ text: String) -> String {
    let count = text.utf8.count
    if count != 32 { return "got \(count) characters" }
    let position = text.utf8.firstIndex(where: { !$0.isHexDigitASCII }).map {
      text.utf8.distance(from: text.utf8.startIndex, to: $0) + 1
    }
    return "character \(position ?? 0) is not a hexadecimal digit"
  }
}
