import AgoraToken

/// What the time rules and identity rules judge a token against. Time is injected, never read here.
public struct LintContext: Sendable {
  /// The time to judge expiry at, Unix seconds (`--now`); a later value is cut to
  /// ``UnixTime/latest`` (the end of year 9999), as `--now` is.
  public var now: UInt64 { didSet { now = min(now, UnixTime.latest) } }
  /// Clock skew tolerated, in seconds (`--leeway`); at most ``maximumDuration``, to which a
  /// longer value is cut.
  public var leeway: UInt64 { didSet { leeway = min(leeway, Self.maximumDuration) } }
  /// Warn when the token expires within this many seconds of ``now`` (`--expires-within`); at
  /// most ``maximumDuration``, to which a longer value is cut.
  public var expiresWithin: UInt64? {
    didSet { expiresWithin = expiresWithin.map { min($0, Self.maximumDuration) } }
  }
  /// What the client uses (`--app-id`, `--channel`, `--uid`, `--account`).
  public var identity: ClientIdentity
  /// Services the token must carry (`--expect-service`).
  public var expectedServices: [ServiceType]
  /// Privilege names the token must carry (`--expect-privilege`, e.g. `publishAudioStream`).
  public var expectedPrivileges: [String]
  /// What the token is used for (`--product`): the Chat rules tell an SDK login (`chat`) from a
  /// REST call (`chat-rest`). `nil` when unknown.
  public var product: DiagnosisContext.Product?
  /// The certificates given, primary first. Rules read only their shape and origin, never print
  /// the secret.
  public var certificates: [AppCertificate]
  /// The shortest token or joinChannel lifetime that leaves time to renew, in seconds
  /// (`lifetime_too_short`; `min_lifetime` in `.agtoken.toml`, default 300).
  public var minimumLifetime: UInt64

  /// The default ``minimumLifetime``: 300 seconds. The SDK's will-expire callback fires 30 seconds
  /// before expiry, and a client needs time to fetch a new token and renew.
  public static let defaultMinimumLifetime: UInt64 = 300

  /// The longest leeway or window, in seconds: 253402300799, the span from 1970 to the end of
  /// year 9999, beyond which `--now` cannot go. A longer span judges nothing differently, and
  /// the cap keeps `now + leeway` far inside `UInt64` for any input.
  public static let maximumDuration: UInt64 = UnixTime.latest

  /// Creates a context.
  public init(
    now: UInt64, leeway: UInt64 = 0, expiresWithin: UInt64? = nil,
    identity: ClientIdentity = ClientIdentity(), expectedServices: [ServiceType] = [],
    expectedPrivileges: [String] = [], product: DiagnosisContext.Product? = nil,
    certificates: [AppCertificate] = [], minimumLifetime: UInt64 = defaultMinimumLifetime
  ) {
    self.now = min(now, UnixTime.latest)
    self.leeway = min(leeway, Self.maximumDuration)
    self.expiresWithin = expiresWithin.map { min($0, Self.maximumDuration) }
    self.identity = identity
    self.expectedServices = expectedServices
    self.expectedPrivileges = expectedPrivileges
    self.product = product
    self.certificates = certificates
    self.minimumLifetime = minimumLifetime
  }
}
