import AgoraToken
import AgoraTokenLint

/// The JSON document for one input: the shape of `agtoken inspect --format json`.
///
/// Keys are snake_case; the `token` members are named as the `expected` objects of
/// `shared/vectors/tokens-007.json`, with derived times beside them. `schema_version` changes only
/// when a key is removed or changes meaning; new keys may appear at any time.
public struct InspectionDocument: Encodable {
  /// The schema version of this document.
  public static let schemaVersion = 1

  let schemaVersion = InspectionDocument.schemaVersion
  let input: InputSource
  let fingerprint: String
  let tokenText: String?
  let repairs: [AppliedRepair]
  let token: TokenObject?
  let warnings: [ErrorObject]
  let signature: SignatureObject
  let identityChecks: [IdentityObject]
  let error: ErrorObject?
  let recognizedAs: RecognitionObject?
  let afterFix: AfterFixObject?
  let findings: [Finding]?
  let diagnosis: [Diagnosis]
  let status: String

  /// Builds the document for `inspection` at time `now` (Unix seconds).
  /// - Parameters:
  ///   - showToken: include the token text (`token_text`); otherwise only its fingerprint appears.
  ///   - findings: lint findings to include, or `nil` to leave the key out.
  ///   - diagnosis: the statements of ``Diagnoser`` (`diagnosis` is always present, possibly empty).
  public init(
    _ inspection: Inspection, now: UInt64, showToken: Bool = false, findings: [Finding]? = nil,
    diagnosis: [Diagnosis] = []
  ) {
    input = inspection.source
    fingerprint = inspection.fingerprint
    tokenText = showToken ? inspection.displayableText : nil
    repairs = inspection.repairs
    token = inspection.decoded.map { TokenObject($0.token, now: now) }
    // A finding that restates a decode warning says it once; the warning stays when no rule did.
    warnings = RestatedWarnings.unstated(
      inspection.decoded?.warnings ?? [], findings: findings ?? []
    )
    .map(ErrorObject.init)
    signature = SignatureObject(inspection.signature)
    identityChecks = inspection.identity.map(IdentityObject.init)
    error = inspection.error.map(ErrorObject.init)
    recognizedAs = inspection.recognition.map(RecognitionObject.init)
    afterFix = inspection.afterFix.map { AfterFixObject($0, now: now, showToken: showToken) }
    self.findings = findings
    self.diagnosis = diagnosis
    status = InspectionDocument.status(of: inspection, findings: findings ?? [])
  }

  /// `valid`, `invalid`, `not_checked` or `error`: the signature outcome used in summaries.
  public static func status(of inspection: Inspection) -> String {
    inspection.error != nil ? "error" : inspection.signature.status.rawValue
  }

  /// The document's `status`: `error`, `invalid`, then `expired` or `not_yet_valid` when the
  /// findings say so (AT201 `token_expired`, AT202 `token_not_yet_valid`), else the signature's
  /// `valid` or `not_checked`. `signature.status` keeps the signature's own outcome.
  public static func status(of inspection: Inspection, findings: [Finding]) -> String {
    let signature = status(of: inspection)
    guard signature == "valid" || signature == "not_checked" else { return signature }
    switch ValidityVerdict(findings) {
    case .expired: return "expired"
    case .notYetValid: return "not_yet_valid"
    case .current: return signature
    }
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion = "schema_version"
    case input, fingerprint
    case tokenText = "token_text"
    case repairs, token, warnings, signature
    case identityChecks = "identity_checks"
    case error
    case recognizedAs = "recognized_as"
    case afterFix = "after_fix"
    case findings, diagnosis, status
  }

  /// Writes the members through nested containers (see ``ReportObject``), keys as ``CodingKeys``.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    // Members in key order: the stream then has nothing to sort (it would if they were not).
    try container.encodeIfPresent(object: afterFix, forKey: .afterFix)
    try container.encode(objects: diagnosis, forKey: .diagnosis)
    try container.encodeIfPresent(object: error, forKey: .error)
    if let findings { try container.encode(objects: findings, forKey: .findings) }
    try container.encode(fingerprint, forKey: .fingerprint)
    try container.encode(objects: identityChecks, forKey: .identityChecks)
    try container.encode(input, forKey: .input)
    try container.encodeIfPresent(object: recognizedAs, forKey: .recognizedAs)
    try container.encode(list: repairs, forKey: .repairs)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(object: signature, forKey: .signature)
    try container.encode(status, forKey: .status)
    try token?.encode(into: &container, forKey: .token)
    try container.encodeIfPresent(tokenText, forKey: .tokenText)
    try container.encode(objects: warnings, forKey: .warnings)
  }
}

struct SignatureObject: ReportObject {
  let status: String
  let matchedCertificate: String?
  let hints: [String]
  let serviceCode: String?
  let inputs: [String: String]?
  let verifiesWithVariant: String?

  init(_ check: SignatureCheck) {
    status = check.status.rawValue
    matchedCertificate = check.matchedOrigin
    hints = check.status == .valid ? [] : check.hints
    serviceCode = check.serviceCode
    inputs = check.inputs.isEmpty ? nil : check.inputs
    verifiesWithVariant = check.verifiesWithVariant
  }

  enum Keys: String, CodingKey {
    case status
    case matchedCertificate = "matched_certificate"
    case hints
    case serviceCode = "service_code"
    case inputs
    case verifiesWithVariant = "verifies_with_variant"
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encode(strings: hints, forKey: .hints)
    try container.encodeIfPresent(inputs, forKey: .inputs)
    try container.encodeIfPresent(matchedCertificate, forKey: .matchedCertificate)
    try container.encodeIfPresent(serviceCode, forKey: .serviceCode)
    try container.encode(status, forKey: .status)
    try container.encodeIfPresent(verifiesWithVariant, forKey: .verifiesWithVariant)
  }
}

struct ErrorObject: ReportObject {
  let kind: String
  let offset: Int?
  let offsetSpace: String
  let message: String
  let partial: PartialObject?

  init(_ error: TokenError) {
    kind = error.kind.rawValue
    offset = error.offset
    offsetSpace = error.offsetSpace.rawValue
    message = error.message
    partial = error.partial.map(PartialObject.init)
  }

  enum Keys: String, CodingKey {
    case kind, offset
    case offsetSpace = "offset_space"
    case message, partial
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encode(kind, forKey: .kind)
    try container.encode(message, forKey: .message)
    try container.encodeIfPresent(offset, forKey: .offset)
    try container.encode(offsetSpace, forKey: .offsetSpace)
    try container.encodeIfPresent(object: partial, forKey: .partial)
  }
}

/// An `identity_checks` entry: the check's members under their JSON names, read from the check.
struct IdentityObject: ReportObject {
  let check: IdentityCheck

  init(_ check: IdentityCheck) { self.check = check }

  enum Keys: String, CodingKey {
    case field, expected, actual, matches, note
    case matchingVariant = "matching_variant"
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encode(check.actual, forKey: .actual)
    try container.encode(check.expected, forKey: .expected)
    try container.encode(check.field, forKey: .field)
    try container.encode(check.matches, forKey: .matches)
    try container.encodeIfPresent(check.matchingVariant, forKey: .matchingVariant)
    try container.encodeIfPresent(check.note, forKey: .note)
  }
}

struct RecognitionObject: ReportObject {
  let kind: String
  let message: String
  let fields: [FieldObject]

  struct FieldObject: ReportObject {
    let name: String
    let value: String
    let inferred: Bool

    enum Keys: String, CodingKey {
      case name, value, inferred
    }

    func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
      try container.encode(name, forKey: .name)
      try container.encode(value, forKey: .value)
      try container.encode(inferred, forKey: .inferred)
    }
  }

  init(_ recognition: Recognition) {
    kind = recognition.kind
    message = recognition.message
    fields = recognition.fields.map {
      FieldObject(name: $0.name, value: $0.value, inferred: $0.inferred)
    }
  }

  typealias Key = NamedKey

  /// `kind`, `message`, `fields` (with the inferred flag of each), and every field again as a
  /// top-level member - a number when it is an integer - so `jq .recognized_as.expires_at` works.
  func encode(into container: inout KeyedEncodingContainer<Key>) throws {
    for field in fields where !["kind", "message", "fields"].contains(field.name) {
      // Only the canonical decimal form becomes a number: a JWT's `"sub": "007"` or `"+42"` is
      // text, and turning it into 7 or 42 would change the claim.
      if let number = Int64(field.value), String(number) == field.value {
        try container.encode(number, forKey: Key(field.name))
      } else {
        try container.encode(field.value, forKey: Key(field.name))
      }
    }
    try container.encode(kind, forKey: Key("kind"))
    try container.encode(message, forKey: Key("message"))
    try container.encode(objects: fields, forKey: Key("fields"))
  }
}

struct AfterFixObject: ReportObject {
  let fix: String
  let fingerprint: String
  let tokenText: String?
  let repairs: [AppliedRepair]
  let token: TokenObject
  let signature: SignatureObject

  init(_ fix: AfterFix, now: UInt64, showToken: Bool) {
    self.fix = fix.fix
    fingerprint = Inspection.fingerprint(of: fix.text)
    tokenText = showToken ? fix.text : nil
    repairs = fix.repairs
    token = TokenObject(fix.decoded.token, now: now)
    signature = SignatureObject(fix.signature)
  }

  enum Keys: String, CodingKey {
    case fix, fingerprint
    case tokenText = "token_text"
    case repairs, token, signature
  }

  func encode(into container: inout KeyedEncodingContainer<Keys>) throws {
    try container.encode(fix, forKey: .fix)
    try container.encode(fingerprint, forKey: .fingerprint)
    try container.encodeIfPresent(tokenText, forKey: .tokenText)
    try container.encode(list: repairs, forKey: .repairs)
    try token.encode(into: &container, forKey: .token)
    try container.encode(object: signature, forKey: .signature)
  }
}
