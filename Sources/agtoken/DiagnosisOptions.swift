import AgoraToken
import AgoraTokenLint
import ArgumentParser

/// What the user knows about the failure, beyond the client identity (`IdentityOptions`): the
/// context the diagnosis statements need. Shared by `inspect`, `verify` and `lint`.
///
/// Source: the `context` keys of `shared/cases/README.md`. The failure time is `--now`; the
/// primary and secondary certificates are the `--cert-file` lines in order.
struct DiagnosisOptions: ParsableArguments {
  @Flag(
    name: .customLong("uid-passed-as-string"),
    help: "The join call received the uid as a string (not as an integer).")
  var uidPassedAsString = false

  @Option(
    name: .customLong("rtm-user-id"),
    help: ArgumentHelp("The user id used for RTM login.", valueName: "id"))
  var rtmUserID: String?

  @Option(
    help: ArgumentHelp("What the token was used for.", valueName: "product"))
  var product: DiagnosisContext.Product?

  @Option(
    name: .customLong("built-for-channel"),
    help: ArgumentHelp(
      "The channel the token server says it passed to the builder.", valueName: "name"))
  var builtForChannel: String?

  @Option(
    name: .customLong("built-for-uid"),
    help: ArgumentHelp(
      "The integer uid the token server says it passed to the builder.", valueName: "uid"))
  var builtForUID: UInt32?

  @Option(
    name: .customLong("built-for-account"),
    help: ArgumentHelp(
      "The string account the token server says it passed to the builder.", valueName: "account"))
  var builtForAccount: String?

  @Option(
    name: .customLong("built-for-rtm-user-id"),
    help: ArgumentHelp(
      "The RTM user id the token server says it passed to the builder.", valueName: "id"))
  var builtForRTMUserID: String?

  @Option(
    name: .customLong("built-for-role"),
    help: ArgumentHelp(
      "The role the token server says it built the token for.", valueName: "role"))
  var builtForRole: DiagnosisContext.Role?

  @Flag(
    name: .customLong("built-on-client"),
    help: "The token was built inside the client app (not on a server).")
  var builtOnClient = false

  @Option(
    name: .customLong("sdk-version"),
    help: ArgumentHelp(
      "The SDK release the client uses (007 needs RTC 3.5.2, Flutter 4.2.0, Web 4.8.0; RTM 1.5.0, Web 1.4.6).",
      valueName: "version"))
  var sdkVersion: String?

  func validate() throws {
    if builtForUID != nil && builtForAccount != nil {
      throw ValidationError("give --built-for-uid or --built-for-account, not both")
    }
  }

  /// The diagnosis context. `failureTime` is `--now` (Unix seconds); without it no time statement
  /// is made, since the clock at inspection is not the time of the failure. The pipeline adds the
  /// certificates (``InspectionSettings/certificates``).
  func context(identity: ClientIdentity, failureTime: UInt64?) -> DiagnosisContext {
    DiagnosisContext(
      failureTime: failureTime, identity: identity, uidPassedAsString: uidPassedAsString,
      rtmUserID: rtmUserID, product: product,
      builtFor: DiagnosisContext.BuiltFor(
        channel: builtForChannel, uid: builtForUID, account: builtForAccount,
        rtmUserID: builtForRTMUserID, role: builtForRole),
      builtOnClient: builtOnClient, sdkVersion: sdkVersion)
  }
}

extension DiagnosisOptions {
  /// The diagnosis context judged at `--now`, or at the clock's `judged` time when `now` is `nil`
  /// (the time statements then say the time was the clock's).
  func context(
    identity: ClientIdentity, now: TimePoint?, judged: UInt64
  ) -> DiagnosisContext {
    var context = context(identity: identity, failureTime: judged)
    context.failureTimeIsClock = now == nil
    return context
  }
}

extension DiagnosisContext.Product: ExpressibleByArgument {}
extension DiagnosisContext.Role: ExpressibleByArgument {}
