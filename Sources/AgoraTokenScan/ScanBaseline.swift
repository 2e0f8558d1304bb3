import Foundation

/// Known findings that a scan accepts, in the way gitleaks baselines work.
///
/// A finding is known when its name, fingerprint and file match an entry; the line is recorded but
/// not matched, so that edits above a known leak do not bring it back. The file holds no secret:
/// fingerprints and locations only. Written by `--write-baseline`, read by `--baseline`.
public struct ScanBaseline: Sendable, Equatable, Codable {
  /// One accepted finding.
  public struct Entry: Sendable, Equatable, Codable, Hashable {
    /// The finding's name.
    public var name: String
    /// The finding's fingerprint.
    public var fingerprint: String
    /// The file.
    public var file: String
    /// The line when it was accepted (informative).
    public var line: Int
  }

  /// The format version, 1.
  public var agtokenScanBaseline = 1
  /// The accepted findings.
  public var findings: [Entry]

  /// A baseline accepting `findings`.
  public init(_ findings: [ScanFinding]) {
    self.findings = findings.map {
      Entry(name: $0.name, fingerprint: $0.fingerprint, file: $0.file, line: $0.line)
    }
  }

  /// This baseline with `other`'s entries added after its own, without duplicates.
  public func merging(_ other: ScanBaseline) -> ScanBaseline {
    var merged = self
    var seen = Set(findings)
    for entry in other.findings where seen.insert(entry).inserted { merged.findings.append(entry) }
    return merged
  }

  /// Whether `finding` is accepted.
  public func accepts(_ finding: ScanFinding) -> Bool {
    findings.contains {
      $0.name == finding.name && $0.fingerprint == finding.fingerprint && $0.file == finding.file
    }
  }

  /// Reads a baseline file.
  /// - Throws: ``ScanError`` of kind `bad_baseline` when the file is missing or not a baseline.
  public static func load(_ path: String) throws(ScanError) -> ScanBaseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ScanError(.badBaseline, "\(path): cannot read the baseline file")
    }
    do {
      return try JSONDecoder().decode(ScanBaseline.self, from: data)
    } catch {
      throw ScanError(
        .badBaseline, "\(path): not an agtoken scan baseline (write one with --write-baseline)")
    }
  }

  enum CodingKeys: String, CodingKey {
    case agtokenScanBaseline = "agtoken_scan_baseline"
    case findings
  }
}
