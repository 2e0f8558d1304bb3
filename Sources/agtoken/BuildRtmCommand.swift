import AgoraToken
import ArgumentParser

/// `agtoken build rtm`: RtmTokenBuilder2.build_token (RTM login).
struct BuildRtmCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rtm", abstract: "RTM token (RtmTokenBuilder2.build_token): login for a user id.")

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("user-id"), help: "The RTM user id (user_id).")
  var userID: String

  @Option(help: "The token and login lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  func run() throws {
    let userID = userID
    let expire = expire
    try common.emit { inputs throws(BuildError) in
      try RtmTokenBuilder2.buildToken(
        appID: inputs.appID, appCertificate: inputs.certificate, userID: userID, expire: expire,
        options: inputs.options)
    }
  }
}
