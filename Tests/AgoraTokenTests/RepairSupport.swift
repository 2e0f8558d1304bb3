import AgoraToken
import AgoraTokenTestSupport

/// An inspector that rejects everything the vectors' order of checks rejects.
func strictInspector(certificate: String? = nil, identity: ClientIdentity = ClientIdentity())
  -> Inspector
{
  Inspector(
    options: DecodeOptions(strict: true),
    certificates: certificate.map { [AppCertificate(secret: $0, origin: "test")] } ?? [],
    identity: identity)
}
