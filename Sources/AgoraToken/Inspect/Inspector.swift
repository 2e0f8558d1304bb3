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
  /// The identity the token server says it built the token for, when known: a 006 or legacy
  /// signature covers the channel and uid without storing them, so it is checked with this
  /// identity first and with ``identity`` when that fails.
  ///
  /// Source: `shared/cases/README.md` ("a 006 token is checked together with the identity of
  /// built_for, else of the join").
  public var signingIdentity: ClientIdentity?

  /// Creates an inspector.
  public init(
    options: DecodeOptions = DecodeOptions(), repair: Bool = true,
    certificates: [AppCertificate] = [], identity: ClientIdentity = ClientIdentity(),
    signingIdentity: ClientIdentity? = nil
  ) {
    self.options = options
    self.repair = repair
    self.certificates = certificates
    self.identity = identity
    self.signingIdentity = signingIdentity
  }

  /// The signature verdict for `token`: with ``signingIdentity`` for a 006 or legacy token when
  /// one is known, unless the client's ``identity`` verifies it.
  func verify(_ token: AnyToken) -> SignatureCheck {
    let joined = TokenVerifier.verify(token, certificates: certificates, identity: identity)
    guard joined.status != .valid, let signingIdentity, signingIdentity != identity else {
      return joined
    }
    if case .accessToken2 = token { return joined }
    let built = TokenVerifier.verify(token, certificates: certificates, identity: signingIdentity)
    return built.status == .notChecked ? joined : built
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
    record.textIsCertificate = certificates.containsSecret(text)
    do {
      let decoded = try TokenDecoder.decode(text, options: options, inflated007: inflated007)
        .withFacts()
      record.decoded = decoded
      record.signature = verify(decoded.token)
      record.identity = redacted(IdentityComparison.compare(decoded.token, with: identity))
    } catch {
      record.error = error
      if record.textIsCertificate {
        // The decoder quotes the start of what it read; of a certificate, not one character.
        record.error?.message =
          "the input is not a token (not a known version): it is one of the certificates given, whose characters are not shown"
      }
      record.recognition = InputRecognizer.recognize(
        raw: raw, text: text, identity: identity, certificates: certificates)
      record.signature = .notChecked(
        "the token could not be decoded, so its signature cannot be checked")
      if repair, let fix = afterFix(for: text, raw: raw) {
        record.afterFix = fix
        record.identity = redacted(IdentityComparison.compare(fix.decoded.token, with: identity))
        // A token with a stray invisible character is no token inside other text.
        if fix.fix == "remove_invisible_characters" { record.recognition = nil }
      }
    }
    return record
  }
}

extension Inspector {
  /// `checks` with any expected value that is one of ``certificates`` (a certificate given as
  /// the App ID, say) replaced by a note: reports never print a certificate.
  func redacted(_ checks: [IdentityCheck]) -> [IdentityCheck] {
    guard !certificates.isEmpty else { return checks }
    return checks.map { check in
      guard certificates.containsSecret(check.expected) else { return check }
      var shown = check
      shown.expected = "(one of the certificates given, not shown)"
      return shown
    }
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
