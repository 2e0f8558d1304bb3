/// The App ID and App Certificate that Agora publishes in its reference tests, for tools outside
/// the lint rules (`agtoken scan` reports them as public samples, not leaks).
///
/// Source: AgoraIO/Tools `DynamicKey/AgoraDynamicKey/python3/test/test_AccessToken2.py`; the same
/// values as AT404 `sample_credentials`.
public enum PublishedSampleCredentials {
  /// The sample App ID, lower case.
  public static let appID = SampleCredentials.appID
  /// The sample App Certificate, as Agora's tests spell it. Public in Agora's repositories, so
  /// not a secret; tests use it to check that scans call it a sample.
  public static let certificate = SampleCredentials.certificate
  /// Whether `certificate` is the sample App Certificate, in any letter case.
  public static func isSampleCertificate(_ certificate: String) -> Bool {
    certificate.lowercased() == SampleCredentials.certificate.lowercased()
  }
}
