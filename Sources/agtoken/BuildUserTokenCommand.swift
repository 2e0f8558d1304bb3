import AgoraToken
import ArgumentParser

/// A token for one user id with one lifetime: the rows of the table behind
/// ``BuildUserTokenCommand``.
protocol UserTokenKind {
  /// The subcommand's name (`rtm`, `chat-user`).
  static var commandName: String { get }
  /// The one-line help.
  static var abstract: String { get }
  /// The command line shown under EXAMPLES in the help.
  static var example: String { get }
  /// The help of `--user-id`.
  static var userIDHelp: String { get }
  /// The help of `--expire`.
  static var expireHelp: String { get }
  /// Builds the token; `expire` is seconds.
  static func build(_ inputs: BuildInputs, userID: String, expire: UInt32) throws(BuildError)
    -> String
}

/// `agtoken build rtm` and `agtoken build chat-user`: one command over ``UserTokenKind``.
struct BuildUserTokenCommand<Kind: UserTokenKind>: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: Kind.commandName, abstract: Kind.abstract,
      discussion: """
        EXAMPLES:
          \(Kind.example)
        """)
  }

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("user-id"), help: ArgumentHelp(Kind.userIDHelp))
  var userID: String

  @Option(help: ArgumentHelp(Kind.expireHelp))
  var expire: UInt32 = 3600

  func run() throws {
    let userID = userID
    let expire = expire
    try common.emit { inputs throws(BuildError) in
      try Kind.build(inputs, userID: userID, expire: expire)
    }
  }
}

/// RTM login: `RtmTokenBuilder2.build_token`.
enum RtmKind: UserTokenKind {
  static let commandName = "rtm"
  static let example = "agtoken build rtm --user-id alice --cert-env AGORA_APP_CERTIFICATE"
  static let abstract = "RTM token (RtmTokenBuilder2.build_token): login for a user id."
  static let userIDHelp = "The RTM user id (user_id)."
  static let expireHelp = "The token and login lifetime, seconds (expire)."

  static func build(_ inputs: BuildInputs, userID: String, expire: UInt32) throws(BuildError)
    -> String
  {
    try RtmTokenBuilder2.buildToken(
      appID: inputs.appID, appCertificate: inputs.certificate, userID: userID, expire: expire,
      options: inputs.options)
  }
}

/// A Chat user token: `ChatTokenBuilder2.build_user_token`.
enum ChatUserKind: UserTokenKind {
  static let commandName = "chat-user"
  static let example = "agtoken build chat-user --user-id alice --cert-env AGORA_APP_CERTIFICATE"
  static let abstract = "Chat user token (ChatTokenBuilder2.build_user_token)."
  static let userIDHelp = "The Chat user id (user_id)."
  static let expireHelp = "The token and privilege lifetime, seconds (expire)."

  static func build(_ inputs: BuildInputs, userID: String, expire: UInt32) throws(BuildError)
    -> String
  {
    try ChatTokenBuilder2.buildUserToken(
      appID: inputs.appID, appCertificate: inputs.certificate, userID: userID, expire: expire,
      options: inputs.options)
  }
}
