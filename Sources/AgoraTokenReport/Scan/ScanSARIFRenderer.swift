import AgoraTokenLint
import AgoraTokenScan

/// The SARIF 2.1.0 log of a scan, for GitHub code scanning.
///
/// Results carry the file, line and column; `partialFingerprints` derive from the value's
/// fingerprint and the file, never from the value, so the log is safe to upload.
public enum ScanSARIFRenderer {
  /// The SARIF log value.
  /// - Parameter version: the agtoken version for `tool.driver.version`.
  public static func log(_ report: ScanReport, version: String) -> SARIFLog {
    let rules = ScanRule.all.map { rule in
      SARIFRule(
        id: rule.code, name: rule.name, shortDescription: SARIFText(text: rule.summary),
        fullDescription: SARIFText(text: rule.summary), help: SARIFText(text: rule.fix),
        helpUri: rule.helpURI,
        defaultConfiguration: SARIFConfiguration(level: SARIFRenderer.level(rule.severity)),
        properties: SARIFRuleProperties(tags: ["security", "secrets"], agoraErrorCodes: nil))
    }
    let results = report.findings.map { finding in
      SARIFResult(
        ruleId: finding.code,
        ruleIndex: ScanRule.all.firstIndex(where: { $0.code == finding.code }) ?? -1,
        level: SARIFRenderer.level(finding.severity),
        message: SARIFText(text: ScanFindingText.describe(finding)),
        locations: [
          SARIFLocation(
            physicalLocation: SARIFPhysicalLocation(
              artifactLocation: SARIFArtifactLocation(uri: SARIFURI.reference(finding.file)),
              region: SARIFRegion(startLine: finding.line, startColumn: finding.column)),
            logicalLocations: nil)
        ],
        partialFingerprints: [
          "agtokenScan/v1": "\(finding.fingerprint):\(finding.code):\(finding.file)"
        ],
        properties: SARIFResultProperties(name: finding.name, fingerprint: finding.fingerprint))
    }
    let driver = SARIFDriver(
      name: "agtoken", version: version,
      informationUri: "https://docs.agora.io/en/video-calling/get-started/authentication-workflow",
      rules: rules)
    return SARIFLog(runs: [SARIFRun(tool: SARIFTool(driver: driver), results: results)])
  }

  /// The log as pretty-printed JSON with sorted keys.
  public static func render(_ report: ScanReport, version: String) -> String {
    JSONRenderer.pretty(log(report, version: version)) + "\n"
  }
}
