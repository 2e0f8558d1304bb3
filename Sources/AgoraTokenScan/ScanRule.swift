import AgoraTokenLint

/// The three kinds of scan finding, with their codes and fixes.
///
/// Sources: Agora's "Secure authentication with tokens" guide (the App Certificate stays on the
/// token server) and the conventions of gitleaks and trufflehog for reporting secrets.
public struct ScanRule: Sendable, Equatable {
  /// The code, `AT601`.
  public let code: String
  /// The name, `certificate_in_source`.
  public let name: String
  /// The default severity.
  public let severity: Severity
  /// One line on what it finds.
  public let summary: String
  /// How to fix it.
  public let fix: String
  /// Where to read more.
  public let helpURI: String

  /// An App Certificate in a file (AT601).
  public static let certificateInSource = ScanRule(
    code: "AT601", name: "certificate_in_source", severity: .error,
    summary: "An App Certificate is committed to the repository.",
    fix:
      "Rotate the App Certificate in Agora Console (enable a secondary certificate, move your token server to it, then delete the leaked one); keep the new one in a secret store or the server's environment, never in the repository, and build tokens on a server, never in a client.",
    helpURI: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow")

  /// An Agora token in a file (AT602).
  public static let tokenInSource = ScanRule(
    code: "AT602", name: "token_in_source", severity: .error,
    summary: "An Agora token is committed to the repository.",
    fix:
      "Remove the token and fetch tokens from your token server at run time; a committed token lets anyone join as its user until it expires, and a leaked token is evidence that its certificate may be exposed too.",
    helpURI: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow")

  /// An App ID in a file (AT603).
  public static let appIDInSource = ScanRule(
    code: "AT603", name: "app_id_in_source", severity: .info,
    summary: "An App ID is in the repository.",
    fix:
      "An App ID is not a secret, but with tokens or a certificate beside it, it names the project they open; keep it in configuration rather than code.",
    helpURI: "https://docs.agora.io/en/video-calling/get-started/manage-agora-account")

  /// Every scan rule, in code order.
  public static let all = [certificateInSource, tokenInSource, appIDInSource]
}

extension ScanRule {
  /// The fix of the rule with `code`; empty for an unknown code.
  public static func fix(_ code: String) -> String {
    all.first { $0.code == code }?.fix ?? ""
  }
}
