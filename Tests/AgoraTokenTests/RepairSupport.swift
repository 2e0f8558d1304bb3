import AgoraToken
import AgoraTokenTestSupport

/// Whether the 006 decoder is merged: the first 006 vector decodes. Until then, 006 decode
/// assertions are skipped (their repair assertions, which need no decoder, still run).
let decoder006Available: Bool = {
  guard let token = Fixtures.cases("tokens-006.json").first?["token"] as? String else {
    return false
  }
  return (try? TokenDecoder.decode(token)) != nil
}()

/// Whether `text` needs a decoder that is not merged yet (006 while ``decoder006Available`` is false).
func needsMissingDecoder(_ text: String) -> Bool {
  text.hasPrefix("006") && !decoder006Available
}

/// An inspector that rejects everything the vectors' order of checks rejects.
func strictInspector(certificate: String? = nil, identity: ClientIdentity = ClientIdentity())
  -> Inspector
{
  Inspector(
    options: DecodeOptions(strict: true),
    certificates: certificate.map { [AppCertificate(secret: $0, origin: "test")] } ?? [],
    identity: identity)
}
