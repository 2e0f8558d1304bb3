import AgoraToken

/// What the time rules and identity rules judge a token against. Time is injected, never read here.
public struct LintContext: Sendable {
  /// The time to judge expiry at, Unix seconds (`--now`).
  public var now: UInt64
  /// Clock skew tolerated, in seconds (`--leeway`).
  public var leeway: UInt64
  /// Warn when the token expires within this many seconds of ``now`` (`--expires-within`).
  public var expiresWithin: UInt64?
  /// What the client uses (`--app-id`, `--channel`, `--uid`, `--account`).
  public var identity: ClientIdentity
  /// Services the token must carry (`--expect-service`).
  public var expectedServices: [ServiceType]
  /// Privilege names the token must carry (`--expect-privilege`, e.g. `publishAudioStream`).
  public var expectedPrivileges: [String]

  /// Creates a context.
  public init(
    now: UInt64, leeway: UInt64 = 0, expiresWithin: UInt64? = nil,
    identity: ClientIdentity = ClientIdentity(), expectedServices: [ServiceType] = [],
    expectedPrivileges: [String] = []
  ) {
    self.now = now
    self.leeway = leeway
    self.expiresWithin = expiresWithin
    self.identity = identity
    self.expectedServices = expectedServices
    self.expectedPrivileges = expectedPrivileges
  }
}
