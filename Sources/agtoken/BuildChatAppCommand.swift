import AgoraToken
import ArgumentParser

/// `agtoken build chat-app`: ChatTokenBuilder2.build_app_token, what a Chat token server returns
/// from `GET /chat/app/token`.
struct BuildChatAppCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat-app",
    abstract: "Chat app token (ChatTokenBuilder2.build_app_token).",
    discussion: """
      The app token that Agora's Chat REST API exchanges for a Chat access token: \
      POST /{org_name}/{app_name}/token with 'Authorization: Bearer <app token>' and \
      {"grant_type":"agora"}. That token cannot outlive the app token.

      EXAMPLES:
        agtoken build chat-app --cert-env AGORA_APP_CERTIFICATE
      """)

  @OptionGroup var common: BuildCommonOptions

  @Option(help: "The token and privilege lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  func run() throws {
    let expire = expire
    try common.emit { inputs throws(BuildError) in
      try ChatTokenBuilder2.buildAppToken(
        appID: inputs.appID, appCertificate: inputs.certificate, expire: expire,
        options: inputs.options)
    }
  }
}
