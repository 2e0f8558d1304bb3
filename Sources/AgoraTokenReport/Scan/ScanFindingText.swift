import AgoraTokenLint
import AgoraTokenScan

/// The words for one scan finding, shared by the text, SARIF and GitHub renderers so that each
/// says the same thing. Each fact of the finding appears once.
enum ScanFindingText {
  /// What was found, without the location: `App Certificate assigned to appcert, verifies 1
  /// token found (3f2a…)`.
  static func describe(_ finding: ScanFinding) -> String {
    var parts: [String] = []
    switch finding.name {
    case ScanRule.certificateInSource.name:
      parts.append(
        finding.key.map { "App Certificate assigned to \($0)" }
          ?? "32 hexadecimal characters that verify a token")
      let signs = finding.signs ?? []
      if signs.isEmpty {
        parts.append("no token found in the scan verifies it")
      } else {
        parts.append(
          "confirmed: verifies \(count(signs.count, "token")) found (\(listed(signs)))"
        )
      }
      if finding.publicSample == true {
        parts.append("it is the sample certificate Agora publishes, not a secret")
      }
    case ScanRule.tokenInSource.name:
      parts.append("\(tokenName(finding.version)) token for App ID \(finding.appID ?? "")")
      parts.append(status(finding))
      if let signedBy = finding.signedBy, !signedBy.isEmpty {
        parts.append("signed by the certificate found (\(listed(signedBy)))")
      }
      if let linked = finding.appIDCertificates, !linked.isEmpty {
        parts.append(
          "its App ID is beside \(count(linked.count, "certificate")) (\(listed(linked)))"
        )
      }
    default:
      parts.append(
        "App ID \(finding.appID ?? "")" + (finding.key.map { " assigned to \($0)" } ?? ""))
    }
    var text = parts.joined(separator: "; ")
    text += " [fingerprint \(finding.fingerprint)]"
    if let commit = finding.commit {
      text +=
        finding.source == "history"
        ? " (only in history, added in commit \(commit.prefix(12)))"
        : " (first committed in \(commit.prefix(12)))"
    }
    if let token = finding.token { text += "\n  token: \(token)" }
    return text
  }

  private static func tokenName(_ version: String?) -> String {
    guard let version, !version.isEmpty else { return "DynamicKey" }
    return version
  }

  private static func status(_ finding: ScanFinding) -> String {
    let expiry = finding.expiresAt.map(TimeText.iso8601)
    switch finding.status {
    case "expired":
      return expiry.map { "expired (expire \($0))" } ?? "expired"
    case "not_yet_valid":
      return "not yet valid"
    default:
      return expiry.map { "valid until \($0): anyone can use it" } ?? "valid: anyone can use it"
    }
  }

  /// Up to three fingerprints, then how many more: the JSON report lists them all.
  private static func listed(_ fingerprints: [String]) -> String {
    let shown = fingerprints.prefix(3).joined(separator: ", ")
    return fingerprints.count > 3 ? "\(shown) and \(fingerprints.count - 3) more" : shown
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
