import ArgumentParser

/// `agtoken build`: make a token byte for byte as Agora's reference builders do.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build a 007 token as Agora's reference builders do (RtcTokenBuilder2, ...).",
    discussion: """
      The app id comes from --app-id or AGORA_APP_ID; exactly one certificate from --cert-file, \
      --cert-env, --cert-stdin or AGORA_APP_CERTIFICATE (never a flag value). Lifetimes are \
      seconds relative to the issue time. --issue-ts and --salt make the output reproducible. \
      Prints the token and a newline; --format json prints {"token", "document"}.

      Exit codes: 0 built, 2 usage or validation error.

      EXAMPLES:
        agtoken build rtc --channel demo --uid 42 --expire 3600 --cert-env AGORA_APP_CERTIFICATE
        agtoken build rtm --user-id alice --cert-file certs.txt
        agtoken build chat-user --user-id alice --cert-file certs.txt -f json
      """,
    subcommands: [
      BuildRtcCommand.self, BuildUserTokenCommand<RtmKind>.self, BuildRtm2Command.self,
      BuildUserTokenCommand<ChatUserKind>.self, BuildChatAppCommand.self, BuildFpaCommand.self,
      BuildApaasCommand.self, BuildChannelServiceCommand<StreamingKind>.self,
      BuildChannelServiceCommand<FcdnKind>.self,
    ]
  )
}
