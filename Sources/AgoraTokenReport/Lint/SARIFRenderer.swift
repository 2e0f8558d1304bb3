import AgoraToken
import AgoraTokenLint

/// Builds the SARIF 2.1.0 log for a lint run.
///
/// Every rule of the registry appears in `tool.driver.rules`, so a code-scanning UI can explain
/// rules with no result. A result's location is the input file and line (`stdin` for standard
/// input, `argument` for a command-line argument); `partialFingerprints` derive from the token
/// fingerprint, never from the token text.
public enum SARIFRenderer {
  /// The SARIF log value.
  /// - Parameter version: the agtoken version for `tool.driver.version`.
  public static func log(_ inputs: [LintedInput], version: String) -> SARIFLog {
    let descriptors = RuleRegistry.descriptors
    let rules = descriptors.map { descriptor in
      SARIFRule(
        id: descriptor.code, name: descriptor.name,
        shortDescription: SARIFText(text: descriptor.summary),
        fullDescription: SARIFText(text: descriptor.explanation),
        help: SARIFText(text: descriptor.fix), helpUri: descriptor.source,
        defaultConfiguration: SARIFConfiguration(level: level(descriptor.severity)),
        properties: SARIFRuleProperties(
          tags: [descriptor.category.rawValue], agoraErrorCodes: descriptor.agoraErrorCodes))
    }
    var results: [SARIFResult] = []
    for input in inputs {
      let source = input.inspection.source
      let uri: String
      var region: SARIFRegion?
      switch source.file {
      case "-":
        uri = "stdin"
        region = SARIFRegion(startLine: max(1, source.line))
      case "argument":
        uri = "argument"
      default:
        uri = SARIFURI.reference(source.file)
        region = SARIFRegion(startLine: max(1, source.line))
      }
      let fingerprint = input.inspection.fingerprint
      for finding in input.findings {
        let pointer = finding.field?.jsonPointer
        let logical = pointer.map {
          [SARIFLogicalLocation(fullyQualifiedName: "token\($0)", kind: "member")]
        }
        results.append(
          SARIFResult(
            ruleId: finding.code,
            ruleIndex: descriptors.firstIndex(where: { $0.code == finding.code }) ?? -1,
            level: level(finding.severity), message: SARIFText(text: finding.message),
            locations: [
              SARIFLocation(
                physicalLocation: SARIFPhysicalLocation(
                  artifactLocation: SARIFArtifactLocation(uri: uri), region: region),
                logicalLocations: logical)
            ],
            partialFingerprints: [
              "agtokenFinding/v1": "\(fingerprint):\(finding.code):\(pointer ?? "")"
            ],
            properties: SARIFResultProperties(
              name: finding.name, fingerprint: fingerprint,
              field: pointer, value: finding.value,
              expected: finding.expected, unit: finding.unit,
              agoraErrorCodes: finding.agoraErrorCodes)))
      }
    }
    let driver = SARIFDriver(
      name: "agtoken", version: version,
      informationUri: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow",
      rules: rules)
    return SARIFLog(runs: [SARIFRun(tool: SARIFTool(driver: driver), results: results)])
  }

  /// The log as pretty-printed JSON with sorted keys.
  public static func render(_ inputs: [LintedInput], version: String) -> String {
    JSONRenderer.pretty(log(inputs, version: version)) + "\n"
  }

  /// SARIF's level for a severity: `error`, `warning` or `note`.
  public static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }
}
