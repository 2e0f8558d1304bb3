/// Runs the whole reading pipeline on one input: repair, recognise, decode, verify, compare.
///
/// This is the single entry point the CLI, the server and the tests use, so that every surface
/// reports the same facts for the same input.
public struct Inspector: Sendable {
  /// Decode options (strictness, limits).
  public var options: DecodeOptions
  /// Whether to run the input repair pipeline (`--no-repair` turns it off).
  public var repair: Bool
  /// The certificates to try, in order.
  public var certificates: [AppCertificate]
  /// What the client uses, for identity checks and for 006/legacy verification.
  public var identity: ClientIdentity

  /// Creates an inspector.
  public init(
    options: DecodeOptions = DecodeOptions(), repair: Bool = true,
    certificates: [AppCertificate] = [], identity: ClientIdentity = ClientIdentity()
  ) {
    self.options = options
    self.repair = repair
    self.certificates = certificates
    self.identity = identity
  }

  /// Inspects one raw input as a user pasted it.
  public func inspect(_ raw: String, source: InputSource) -> Inspection {
    var text = raw
    var repairs: [AppliedRepair] = []
    var inflated007: [UInt8]?
    if repair {
      let repaired = InputRepair.repair(raw, limits: options.limits)
      text = repaired.text
      repairs = repaired.repairs
      inflated007 = repaired.inflated007
    }
    var record = Inspection(source: source, text: text, repairs: repairs)
    record.raw = raw
    let lowered = text.lowercased()
    record.textIsCertificate = certificates.contains { $0.secret.lowercased() == lowered }
    do {
      let decoded = try TokenDecoder.decode(text, options: options, inflated007: inflated007)
        .withFacts()
      record.decoded = decoded
      record.signature = TokenVerifier.verify(
        decoded.token, certificates: certificates, identity: identity)
      record.identity = IdentityComparison.compare(decoded.token, with: identity)
    } catch {
      record.error = error
      record.recognition = InputRecognizer.recognize(
        raw: raw, text: text, identity: identity, certificates: certificates)
      record.signature = .notChecked(
        "the token could not be decoded, so its signature cannot be checked")
      if repair, let fix = afterFix(for: text) {
        record.afterFix = fix
        record.identity = IdentityComparison.compare(fix.decoded.token, with: identity)
      }
    }
    return record
  }
}

extension DecodedToken {
  /// The token with its 006 facts worked out (a no-op for other versions), so that one
  /// preimage search serves every reader of the inspection.
  func withFacts() -> DecodedToken {
    guard case .accessToken006(let token) = token else { return self }
    var result = self
    result.facts006 = AccessToken006Facts(token)
    return result
  }
}
