import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import HTTPTypes
import Hummingbird

/// `POST /inspect` and `POST /lint`: the JSON document `agtoken inspect --format json` and
/// `agtoken lint --format json` print for one token, checked against the server's certificates.
///
/// The token is the body or `{"token": "..."}`. Query parameters `app_id`, `channel`, `uid` and
/// `account` are the CLI's identity flags. The input is reported as the CLI reports a token given
/// as its first argument (`{"file": "argument", "line": 1}`), so the server's document and
/// `agtoken inspect --format json --now T TOKEN` agree byte for byte.
struct InspectRoutes: Sendable {
  let configuration: ServerConfiguration

  static let identityParameters: Set<String> = ["app_id", "channel", "uid", "account"]

  func inspect(_ request: Request) async throws -> Response {
    let (linted, now) = try await read(request)
    return respond(
      InspectionDocument(
        linted.inspection, now: now, findings: linted.findings, diagnosis: linted.diagnosis),
      linted.inspection)
  }

  /// The lint document is an array of one inspect document, as `agtoken lint --format json`
  /// prints for one token (``LintJSONRenderer/document(_:now:showToken:)``), linted with every
  /// rule at its default settings.
  func lint(_ request: Request) async throws -> Response {
    let (linted, now) = try await read(request)
    let text = LintJSONRenderer.document([linted], now: now)
    return JSONResponse.text(
      text, contentType: "application/json", headers: headers(linted.inspection))
  }

  /// Inspects, lints and diagnoses the body's token as `agtoken inspect` does: diagnosis uses
  /// the fixed clock (`--now`) as the failure time, and no failure time with a running clock.
  private func read(_ request: Request) async throws -> (LintedInput, UInt64) {
    let query = try QueryParameters(request, allowed: Self.identityParameters)
    let identity = try query.identity()
    let raw = try await TokenBody.read(request, limit: configuration.maxBodyBytes)
    let now = configuration.clock.now()
    let pipeline = InspectionPipeline(
      InspectionSettings(
        now: now, certificates: configuration.certificates,
        context: DiagnosisContext(failureTime: configuration.clock.fixedTime, identity: identity)))
    return (pipeline.inspect(raw, source: InputSource(file: "argument", line: 1)), now)
  }

  private func respond(_ document: InspectionDocument, _ inspection: Inspection) -> Response {
    JSONResponse.make(body: document, headers: headers(inspection))
  }

  private func headers(_ inspection: Inspection) -> HTTPFields {
    var headers = HTTPFields()
    headers[TokenFingerprintHeader.name] = inspection.fingerprint
    return headers
  }
}
