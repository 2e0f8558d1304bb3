import AgoraToken
import ArgumentParser

/// `agtoken build chat-user`: ChatTokenBuilder2.build_user_token.
struct BuildChatUserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat-user",
    abstract: "Chat user token (ChatTokenBuilder2.build_user_token).")

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("user-id"), help: "The Chat user id (user_id).")
  var userID: String

  @Option(help: "The token and privilege lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  func run() throws {
    let userID = userID
    let expire = expire
    try common.emit { inputs throws(BuildError) in
      try ChatTokenBuilder2.buildUserToken(
        appID: inputs.appID, appCertificate: inputs.certificate, userID: userID, expire: expire,
        options: inputs.options)
    }
  }
}
