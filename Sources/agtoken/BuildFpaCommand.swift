import AgoraToken
import ArgumentParser

/// `agtoken build fpa`: FpaTokenBuilder.build_token (lifetime fixed at 86400 s).
struct BuildFpaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fpa",
    abstract: "FPA token (FpaTokenBuilder.build_token): lifetime 86400 s, login privilege 0.",
    discussion: """
      EXAMPLES:
        agtoken build fpa --cert-env AGORA_APP_CERTIFICATE
      """)

  @OptionGroup var common: BuildCommonOptions

  func run() throws {
    try common.emit { inputs throws(BuildError) in
      try FpaTokenBuilder.buildToken(
        appID: inputs.appID, appCertificate: inputs.certificate, options: inputs.options)
    }
  }
}
