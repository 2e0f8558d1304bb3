/// Which names in config files and code hold an App Certificate or an App ID.
///
/// Names are compared with case and separators removed, so `appCertificate`, `APP_CERTIFICATE`,
/// `agora.app-certificate` and `appcert` are one name. Names of digests (`certificate_md5`,
/// `cert_sha256`, `certificate_fingerprint`) are not certificates.
enum CredentialKey {
  enum Kind: Sendable, Equatable {
    case certificate
    case appID
  }

  static func kind(of name: String) -> Kind? {
    let normalized = String(
      name.lowercased().unicodeScalars.filter {
        ("a"..."z").contains($0) || ("0"..."9").contains($0)
      }
      .map(Character.init))
    if notCertificate.contains(where: normalized.contains) { return nil }
    if normalized.contains("appcert") || normalized.contains("certificate")
      || (normalized.contains("agora") && normalized.contains("cert"))
    {
      return .certificate
    }
    if normalized.contains("appid") { return .appID }
    return nil
  }

  private static let notCertificate = [
    "md5", "sha1", "sha256", "hash", "fingerprint", "checksum", "digest", "thumbprint", "path",
    "file",
  ]
}
