import AgoraToken

/// Everything one run knows besides its inputs: how to read them, the certificates, what the user
/// knows about the failure, the time to judge at and the rules to run.
///
/// One value of this type configures an ``InspectionPipeline``; the CLI's flags, the server's
/// configuration and a Swift caller all fill the same fields, so every surface judges alike.
public struct InspectionSettings: Sendable {
  /// Decode options (strictness, limits; `--strict`).
  public var decode: DecodeOptions
  /// Whether to run the input repair pipeline (`--no-repair` turns it off).
  public var repair: Bool
  /// The certificates to try, primary first (`--cert-file` lines in order). Never printed.
  public var certificates: [AppCertificate]
  /// What the user knows about the failure: the client identity as given (`--app-id`,
  /// `--channel`, `--uid`, `--account`), the product, what the token server says it built, the
  /// failure time. Its ``DiagnosisContext/certificates`` are replaced by ``certificates``.
  public var context: DiagnosisContext
  /// The time judged, Unix seconds: `--now`, or the clock read once by the caller.
  public var now: UInt64
  /// Clock skew tolerated by the time rules, in seconds (`--leeway`).
  public var leeway: UInt64
  /// Report tokens that expire within this many seconds of ``now`` (`--expires-within`).
  public var expiresWithin: UInt64?
  /// Services the token must carry (`--expect-service`).
  public var expectedServices: [ServiceType]
  /// Privilege names the token must carry (`--expect-privilege`).
  public var expectedPrivileges: [String]
  /// The lint rules that run; `nil` runs every rule.
  public var rules: RuleSelection?
  /// The shortest lifetime `lifetime_too_short` accepts, in seconds (default 300).
  public var minimumLifetime: UInt64

  /// Creates settings; everything but the time judged has a default.
  /// - Parameter now: the time judged, Unix seconds.
  public init(
    now: UInt64, decode: DecodeOptions = DecodeOptions(), repair: Bool = true,
    certificates: [AppCertificate] = [], context: DiagnosisContext = DiagnosisContext(),
    leeway: UInt64 = 0, expiresWithin: UInt64? = nil, expectedServices: [ServiceType] = [],
    expectedPrivileges: [String] = [], rules: RuleSelection? = nil,
    minimumLifetime: UInt64 = LintContext.defaultMinimumLifetime
  ) {
    self.now = now
    self.decode = decode
    self.repair = repair
    self.certificates = certificates
    self.context = context
    self.leeway = leeway
    self.expiresWithin = expiresWithin
    self.expectedServices = expectedServices
    self.expectedPrivileges = expectedPrivileges
    self.rules = rules
    self.minimumLifetime = minimumLifetime
  }

  /// The identity the inspector verifies with and the lint rules compare against
  /// (``DiagnosisContext/inspectorIdentity``).
  public var identity: ClientIdentity { context.inspectorIdentity }

  /// The lint context these settings describe.
  var lintContext: LintContext {
    LintContext(
      now: now, leeway: leeway, expiresWithin: expiresWithin, identity: identity,
      expectedServices: expectedServices, expectedPrivileges: expectedPrivileges,
      product: context.product, certificates: certificates, minimumLifetime: minimumLifetime)
  }
}
