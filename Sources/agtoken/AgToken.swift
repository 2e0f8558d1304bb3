import ArgumentParser

/// The `agtoken` root command: it only lists the subcommands.
struct AgToken: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agtoken",
    abstract: "Decode, verify, lint and build Agora access tokens (007, 006 and legacy).",
    discussion: """
      Exit codes: 0 ok, 1 verification failed or findings at --fail-on, 2 usage or IO error, \
      3 a token could not be decoded. \
      Certificates are never taken as flag values: use --cert-file, --cert-env, --cert-stdin \
      or AGORA_APP_CERTIFICATE.

      EXAMPLES:
        agtoken inspect samples/rtc-publisher.token
        agtoken verify --cert-file certs.txt TOKEN
        agtoken lint --now 2024-06-10T09:00:00Z --channel Demo-Channel --uid 42 TOKEN
        agtoken build rtc --channel demo --uid 42 --cert-env AGORA_APP_CERTIFICATE
        agtoken help verify
      """,
    version: AgTokenVersion.current,
    subcommands: [
      InspectCommand.self, VerifyCommand.self, LintCommand.self, BuildCommand.self,
      RulesCommand.self, DiffCommand.self, ScanCommand.self, ServeCommand.self,
    ]
  )
}

/// The tool's version, printed by `agtoken --version`.
enum AgTokenVersion {
  static let current = "0.1.0"
}
