import AgoraToken

/// AT404 `sample_credentials`: the token uses credentials published in Agora's sample code.
///
/// Source: the test files of AgoraIO/Tools `DynamicKey/AgoraDynamicKey` (for example
/// `python3/test/test_AccessToken2.py`), which use these values as placeholders.
struct SampleCredentials: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT404", name: "sample_credentials", severity: .warning, category: .signature,
    structural: false,
    summary:
      "The token uses the App ID, certificate, uid or channel from Agora's sample code.",
    explanation:
      "Agora's reference tests and samples publish an App ID, an App Certificate, a uid and a channel name. A token with them belongs to no real project, or to a project whose certificate is public.",
    fix:
      "Use your project's own App ID and App Certificate from the Agora console, and real channel names and uids.",
    source:
      "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/test/test_AccessToken2.py"
  )

  static let appID = "970ca35de60c44645bbae8a215061b33"
  static let certificate = "5CFd2fd1755d40ecb72977518be15d3b"
  static let uid = "2882341273"
  static let channel = "7d72365eb983485397e3e3f9d460bdda"

  static let certificates = [certificate, certificate.lowercased()]

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    var findings: [Finding] = []
    if token.appID.lowercased() == Self.appID {
      findings.append(
        descriptor.finding(
          "the app id is Agora's sample App ID, a placeholder from the sample code",
          field: .token(.appID), value: .text(token.appID)))
    }
    let placeholders = placeholderFindings(token)
    if SampleSignature.fact(
      inspection, certificates: context.certificates, identities: [context.identity])
    {
      findings.append(
        descriptor.finding(
          "the signature verifies with the App Certificate published in Agora's sample code",
          field: .token(.signature)))
    }
    return findings + placeholders
  }

  /// The services' sample uid and sample channel, in service order.
  private func placeholderFindings(_ token: AccessToken2) -> [Finding] {
    var findings: [Finding] = []
    for (index, service) in token.services.enumerated() {
      if let user = service.userText, user.value == Self.uid {
        findings.append(
          descriptor.finding(
            "\(service.type) \(user.key) is \(Self.uid), the placeholder uid from Agora's sample code",
            field: .serviceField(index, user.key), value: .identifier(user.value)))
      }
      if let channel = service.channelName, channel == Self.channel {
        findings.append(
          descriptor.finding(
            "\(service.type) channel is the placeholder channel from Agora's sample code",
            field: .serviceField(index, .channelName), value: .text(channel)))
      }
    }
    return findings
  }
}
