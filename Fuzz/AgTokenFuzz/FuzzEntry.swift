import AgoraToken
import AgoraTokenLint
import AgoraTokenReport

/// One fuzz input: drives the whole pipeline on arbitrary bytes - repair, decode any
/// version, verify, lint, render JSON and text. Any trap, leak or hang here is a bug.
func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let inspector = Inspector(
    options: DecodeOptions(strict: size % 2 == 0),
    certificates: [AppCertificate(secret: "0123456789abcdef0123456789abcdef", origin: "fuzz")],
    identity: ClientIdentity(channel: "fuzz-channel", uid: 42))
  let inspection = inspector.inspect(text, source: InputSource(file: "fuzz", line: 1))
  let findings = Linter().lint(inspection, context: LintContext(now: 1_700_000_000, leeway: 30))
  let document = InspectionDocument(inspection, now: 1_700_000_000, findings: findings)
  _ = JSONRenderer.line(document)
  _ = TextRenderer(now: 1_700_000_000).render(inspection, findings: findings)
  return 0
}
