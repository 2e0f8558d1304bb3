/// What the client uses to join or log in: the values a token must match.
///
/// One set of options describes the client everywhere: 006 and legacy verification need the channel
/// and uid (the tokens store only CRCs or nothing), and 007 lint compares them with the token's fields.
public struct ClientIdentity: Sendable, Equatable {
  /// The App ID the client initialises the SDK with.
  public var appID: String?
  /// The channel name (RTC) the client joins, or the RTM user id for RTM 006 tokens.
  public var channel: String?
  /// An integer uid, 0...4294967295 (0 lets the SDK assign one).
  public var uid: UInt32?
  /// A string user account (the user-account API), or an RTM user id.
  public var account: String?
  /// The user id the client logs in to RTM with (`--rtm-user-id`, or the account with
  /// `--product rtm`). A 006 token is then checked as `RtmTokenBuilder.buildToken` signs it: this
  /// user id in the channel slot and an empty uid, whatever privileges the token carries, unless
  /// the client also joins RTC (``channel`` or ``uid``) and the token has no RTM login privilege.
  public var rtmUserID: String?

  /// Creates an identity; every member is optional.
  public init(
    appID: String? = nil, channel: String? = nil, uid: UInt32? = nil, account: String? = nil,
    rtmUserID: String? = nil
  ) {
    self.appID = appID
    self.channel = channel
    self.uid = uid
    self.account = account
    self.rtmUserID = rtmUserID
  }

  /// Whether nothing is known about the client.
  public var isEmpty: Bool {
    appID == nil && channel == nil && uid == nil && account == nil && rtmUserID == nil
  }

  /// The uid text that the builders sign: `""` for uid 0, the decimal uid, or the account.
  public var uidText: String? {
    if let account { return account }
    if let uid { return uid == 0 ? "" : String(uid) }
    return nil
  }
}
