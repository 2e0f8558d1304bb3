import AgoraToken
import ArgumentParser

/// `agtoken build streaming`: a Streaming (service 3) token.
struct BuildStreamingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "streaming",
    abstract: "Media Streaming token (ServiceStreaming): publishMixStream, publishRawStream.",
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

  @Option(name: .customLong("publish-mix-stream-expire"), help: "publishMixStream (1) lifetime.")
  var mix: UInt32?

  @Option(name: .customLong("publish-raw-stream-expire"), help: "publishRawStream (2) lifetime.")
  var raw: UInt32?

  func run() throws {
    let user = try self.user.user()
    let channel = channelName
    let expire = expire
    let neither = self.mix == nil && self.raw == nil
    let mix = neither ? expire : self.mix
    let raw = neither ? expire : self.raw
    try common.emit { inputs throws(BuildError) in
      try StreamingTokenBuilder.buildToken(
        appID: inputs.appID, appCertificate: inputs.certificate, channelName: channel, user: user,
        expire: expire, publishMixStreamPrivilegeExpire: mix, publishRawStreamPrivilegeExpire: raw,
        options: inputs.options)
    }
  }
}
