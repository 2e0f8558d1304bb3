import AgoraToken

/// What the user knows about the failure: the `context` of a case in `shared/cases/README.md`.
///
/// Everything is optional; a statement that needs a value the context lacks is not made. Time is
/// injected: ``failureTime`` is Unix seconds (`--now`), never read from the clock here.
public struct DiagnosisContext: Sendable {
  /// What the token was used for (`--product`).
  public enum Product: String, Sendable, CaseIterable {
    /// Video/voice calling (RTC).
    case rtc
    /// Signaling (RTM).
    case rtm
    /// Chat SDK login.
    case chat
    /// The Chat REST API (bearer tokens "YWMt…").
    case chatRest = "chat-rest"
  }

  /// The role the token server says it built the token for (`--built-for-role`).
  public enum Role: String, Sendable, CaseIterable {
    /// A host: joinChannel plus the publish privileges.
    case publisher
    /// An audience member: joinChannel only.
    case subscriber
  }

  /// What the token server says it passed to the builder (`--built-for-*`); it may be wrong.
  public struct BuiltFor: Sendable, Equatable {
    /// The channel name.
    public var channel: String?
    /// The integer uid (0 = any).
    public var uid: UInt32?
    /// The string user account.
    public var account: String?
    /// The RTM user id.
    public var rtmUserID: String?
    /// The role.
    public var role: Role?

    /// Creates a record; every member is optional.
    public init(
      channel: String? = nil, uid: UInt32? = nil, account: String? = nil, rtmUserID: String? = nil,
      role: Role? = nil
    ) {
      self.channel = channel
      self.uid = uid
      self.account = account
      self.rtmUserID = rtmUserID
      self.role = role
    }

    /// Whether nothing is known.
    public var isEmpty: Bool {
      channel == nil && uid == nil && account == nil && rtmUserID == nil && role == nil
    }
  }

  /// When the failure happened, Unix seconds (`--now`); `nil` makes no time statement.
  public var failureTime: UInt64?
  /// Whether ``failureTime`` is the clock's time (no `--now`): the statements then say "now (the
  /// clock, ...)" instead of "the failure time".
  public var failureTimeIsClock = false
  /// What the client joined with: App ID, channel, integer uid or string account.
  public var identity: ClientIdentity
  /// The join call received the uid as a string (`--uid-passed-as-string`).
  public var uidPassedAsString: Bool
  /// The user id used for RTM login (`--rtm-user-id`).
  public var rtmUserID: String?
  /// What the token was used for.
  public var product: Product?
  /// What the token server says it built the token for.
  public var builtFor: BuiltFor
  /// The token was built inside the client app (`--built-on-client`).
  public var builtOnClient: Bool
  /// The SDK release the client uses, as text (`--sdk-version`, for example `1.4.5`).
  public var sdkVersion: String?
  /// The certificates the user has, primary first (`--cert-file` lines in order). Used to check
  /// 006 signatures with the built-for identity; never printed.
  public var certificates: [AppCertificate]

  /// Creates a context.
  public init(
    failureTime: UInt64? = nil, identity: ClientIdentity = ClientIdentity(),
    uidPassedAsString: Bool = false, rtmUserID: String? = nil, product: Product? = nil,
    builtFor: BuiltFor = BuiltFor(), builtOnClient: Bool = false, sdkVersion: String? = nil,
    certificates: [AppCertificate] = []
  ) {
    self.failureTime = failureTime
    self.identity = identity
    self.uidPassedAsString = uidPassedAsString
    self.rtmUserID = rtmUserID
    self.product = product
    self.builtFor = builtFor
    self.builtOnClient = builtOnClient
    self.sdkVersion = sdkVersion
    self.certificates = certificates
  }

  /// The RTM user id of the login: `rtmUserID`, or the account when the product is RTM.
  public var rtmUser: String? {
    rtmUserID ?? (product == .rtm ? identity.account : nil)
  }

  /// The identity the inspector verifies with and the lint rules compare against: the RTM user id
  /// stands in for the account when neither a uid nor an account is given, and marks an RTM login
  /// (``ClientIdentity/rtmUserID``) unless ``product`` names another product. For an RTM login
  /// (`--product rtm`) the user id is ``rtmUserID`` or the account, and the RTC channel and uid
  /// play no part (an RTM login joins no channel).
  public var inspectorIdentity: ClientIdentity {
    var result = identity
    switch product {
    case .rtm:
      result.rtmUserID = rtmUserID ?? identity.account
      if result.rtmUserID != nil {
        result.channel = nil
        result.uid = nil
      }
    case nil:
      result.rtmUserID = rtmUserID
    case .rtc, .chat, .chatRest:
      break
    }
    if result.uid == nil && result.account == nil, let rtmUserID { result.account = rtmUserID }
    return result
  }

  /// The identity the token server says it built the token for (``builtFor``), filled up with the
  /// join's values; `nil` when nothing was said about it. The inspector verifies 006 and legacy
  /// signatures with it first (``Inspector/signingIdentity``).
  public var signingIdentity: ClientIdentity? {
    let built = builtFor
    guard built.channel != nil || built.uid != nil || built.account != nil || built.rtmUserID != nil
    else { return nil }
    var result = ClientIdentity(channel: built.channel ?? identity.channel)
    if let uid = built.uid {
      result.uid = uid
    } else if let account = built.account ?? built.rtmUserID {
      result.account = account
    } else {
      result.uid = identity.uid
      result.account = identity.account
    }
    return result
  }

  /// Whether the context describes an RTC join (a channel, uid or account for RTC).
  var describesRTCJoin: Bool {
    guard product == nil || product == .rtc else { return false }
    return identity.channel != nil || identity.uid != nil
      || (identity.account != nil && identity.account != rtmUserID)
  }

  /// Whether the token was used to log in to RTM.
  var isRTMLogin: Bool {
    product == .rtm
      || (product == nil && rtmUserID != nil && identity.channel == nil && identity.uid == nil)
  }
}
