import AgoraToken
import ArgumentParser

/// The client's identity: one set of options for 006 verification, legacy verification and 007 lint.
struct IdentityOptions: ParsableArguments {
  @Option(name: .customLong("app-id"), help: "The App ID the client uses.")
  var appID: String?

  @Option(help: "The channel name the client joins (RTM 006: the user id).")
  var channel: String?

  @Option(help: "The integer uid the client joins with (0...4294967295).")
  var uid: UInt32?

  @Option(help: "The string user account the client joins with, or the RTM user id.")
  var account: String?

  func validate() throws {
    if uid != nil && account != nil {
      throw ValidationError("give --uid or --account, not both")
    }
  }

  /// The identity value for the library.
  var identity: ClientIdentity {
    ClientIdentity(appID: appID, channel: channel, uid: uid, account: account)
  }
}
