import AgoraToken
import ArgumentParser

/// A service of one channel and user with two privileges, built by one reference builder: the
/// rows of the table behind ``BuildChannelServiceCommand``.
protocol ChannelServiceKind {
  /// The subcommand's name (`fcdn`, `streaming`).
  static var commandName: String { get }
  /// The one-line help.
  static var abstract: String { get }
  /// The command line shown under EXAMPLES in the help.
  static var example: String { get }
  /// The two privileges: the option's long name and its help, in privilege-id order.
  static var privileges: (first: (flag: String, help: String), second: (flag: String, help: String))
  { get }
  /// Builds the token; the privilege lifetimes are seconds, `nil` when not granted.
  static func build(
    _ inputs: BuildInputs, channel: String, user: TokenUser, expire: UInt32, first: UInt32?,
    second: UInt32?
  ) throws(BuildError) -> String
}

/// `agtoken build fcdn` and `agtoken build streaming`: one command over ``ChannelServiceKind``.
struct BuildChannelServiceCommand<Kind: ChannelServiceKind>: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: Kind.commandName, abstract: Kind.abstract,
      discussion: """
        Without a privilege option both privileges get --expire; with one or both, only those \
        given are granted.

        EXAMPLES:
          \(Kind.example)
        """)
  }

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("channel"), help: "The channel name (channel_name).")
  var channelName: String

  @OptionGroup var user: BuildUserOptions

  @Option(help: "The token lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  @Option(
    name: .customLong(Kind.privileges.first.flag),
    help: ArgumentHelp(Kind.privileges.first.help))
  var first: UInt32?

  @Option(
    name: .customLong(Kind.privileges.second.flag),
    help: ArgumentHelp(Kind.privileges.second.help))
  var second: UInt32?

  func run() throws {
    let user = try self.user.user()
    let channel = channelName
    let expire = expire
    let neither = self.first == nil && self.second == nil
    let first = neither ? expire : self.first
    let second = neither ? expire : self.second
    try common.emit { inputs throws(BuildError) in
      try Kind.build(
        inputs, channel: channel, user: user, expire: expire, first: first, second: second)
    }
  }
}

/// Fusion CDN (service 6): `FcdnTokenBuilder.buildToken`.
enum FcdnKind: ChannelServiceKind {
  static let commandName = "fcdn"
  static let abstract = "Fusion CDN token (ServiceFCdn): publish, play."
  static let example =
    "agtoken build fcdn --channel live --play-expire 600 --cert-env AGORA_APP_CERTIFICATE"
  static let privileges = (
    first: (flag: "publish-expire", help: "publish (1) lifetime."),
    second: (flag: "play-expire", help: "play (2) lifetime.")
  )

  static func build(
    _ inputs: BuildInputs, channel: String, user: TokenUser, expire: UInt32, first: UInt32?,
    second: UInt32?
  ) throws(BuildError) -> String {
    try FcdnTokenBuilder.buildToken(
      appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel, user: user,
      expire: expire, publishPrivilegeExpire: first, playPrivilegeExpire: second,
      options: inputs.options)
  }
}

/// Media Streaming (service 3): `StreamingTokenBuilder.buildToken`.
enum StreamingKind: ChannelServiceKind {
  static let commandName = "streaming"
  static let example = "agtoken build streaming --channel live --cert-env AGORA_APP_CERTIFICATE"
  static let abstract =
    "Media Streaming token (ServiceStreaming): publishMixStream, publishRawStream."
  static let privileges = (
    first: (flag: "publish-mix-stream-expire", help: "publishMixStream (1) lifetime."),
    second: (flag: "publish-raw-stream-expire", help: "publishRawStream (2) lifetime.")
  )

  static func build(
    _ inputs: BuildInputs, channel: String, user: TokenUser, expire: UInt32, first: UInt32?,
    second: UInt32?
  ) throws(BuildError) -> String {
    try StreamingTokenBuilder.buildToken(
      appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel, user: user,
      expire: expire, publishMixStreamPrivilegeExpire: first,
      publishRawStreamPrivilegeExpire: second, options: inputs.options)
  }
}
