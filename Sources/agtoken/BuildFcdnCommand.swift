import AgoraToken
import ArgumentParser

/// `agtoken build fcdn`: a Fusion CDN (service 6) token.
struct BuildFcdnCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fcdn",
    abstract: "Fusion CDN token (ServiceFCdn): publish, play.",
    discussion: """
      Without a privilege option both privileges get --expire; with one or both, only those given \
      are granted.
      """)

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("channel"), help: "The channel name (channel_name).")
  var channelName: String

  @OptionGroup var user: BuildUserOptions

  @Option(help: "The token lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  @Option(name: .customLong("publish-expire"), help: "publish (1) lifetime.")
  var publish: UInt32?

  @Option(name: .customLong("play-expire"), help: "play (2) lifetime.")
  var play: UInt32?

  func run() throws {
    let user = try self.user.user()
    let channel = channelName
    let expire = expire
    let neither = self.publish == nil && self.play == nil
    let publish = neither ? expire : self.publish
    let play = neither ? expire : self.play
    try common.emit { inputs throws(BuildError) in
      try FcdnTokenBuilder.buildToken(
        appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel, user: user,
        expire: expire, publishPrivilegeExpire: publish, playPrivilegeExpire: play,
        options: inputs.options)
    }
  }
}
