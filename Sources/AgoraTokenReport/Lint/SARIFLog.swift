import AgoraTokenLint

/// The subset of SARIF 2.1.0 that agtoken writes, as Codable values.
///
/// Source: OASIS "Static Analysis Results Interchange Format (SARIF) Version 2.1.0" and its JSON
/// schema (`sarif-schema-2.1.0.json`); member names are the schema's.
public struct SARIFLog: Codable, Sendable, Equatable {
  /// The schema URI.
  public var schema = "https://json.schemastore.org/sarif-2.1.0.json"
  /// Always `2.1.0`.
  public var version = "2.1.0"
  /// One run per invocation.
  public var runs: [SARIFRun]

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }
}

/// One analysis run: the tool and its results.
public struct SARIFRun: Codable, Sendable, Equatable {
  /// The tool.
  public var tool: SARIFTool
  /// The findings.
  public var results: [SARIFResult]
}

/// `tool`: the driver component.
public struct SARIFTool: Codable, Sendable, Equatable {
  /// agtoken itself.
  public var driver: SARIFDriver
}

/// `toolComponent`: agtoken and its rule metadata.
public struct SARIFDriver: Codable, Sendable, Equatable {
  /// `agtoken`.
  public var name: String
  /// The tool version.
  public var version: String
  /// Where to read about the tool.
  public var informationUri: String
  /// Every rule, in code order; results refer to them by `ruleIndex`.
  public var rules: [SARIFRule]
}

/// `reportingDescriptor`: one rule.
public struct SARIFRule: Codable, Sendable, Equatable {
  /// The code, `AT201`.
  public var id: String
  /// The snake_case name.
  public var name: String
  /// The one-line summary.
  public var shortDescription: SARIFText
  /// The explanation.
  public var fullDescription: SARIFText
  /// The fix hint.
  public var help: SARIFText
  /// The rule's source document.
  public var helpUri: String
  /// The default level.
  public var defaultConfiguration: SARIFConfiguration
  /// Category and Agora error codes.
  public var properties: SARIFRuleProperties
}

/// `reportingConfiguration`.
public struct SARIFConfiguration: Codable, Sendable, Equatable {
  /// `error`, `warning` or `note`.
  public var level: String
}

/// The rule's property bag.
public struct SARIFRuleProperties: Codable, Sendable, Equatable {
  /// The rule's category (`structure`, `time`, ...), as a tag.
  public var tags: [String]
  /// The Agora error codes, when known.
  public var agoraErrorCodes: [Int]?

  enum CodingKeys: String, CodingKey {
    case tags
    case agoraErrorCodes = "agora_error_codes"
  }
}

/// `message` / `multiformatMessageString` with plain text.
public struct SARIFText: Codable, Sendable, Equatable {
  /// The text.
  public var text: String
}

/// `result`: one finding.
public struct SARIFResult: Codable, Sendable, Equatable {
  /// The rule code.
  public var ruleId: String
  /// The rule's index in `tool.driver.rules`.
  public var ruleIndex: Int
  /// `error`, `warning` or `note`.
  public var level: String
  /// The finding's message.
  public var message: SARIFText
  /// The input file and line, or `stdin`.
  public var locations: [SARIFLocation]
  /// Stable identities across runs, from the token fingerprint, never the token.
  public var partialFingerprints: [String: String]
  /// The finding's field, value and expected value.
  public var properties: SARIFResultProperties
}

/// `location`.
public struct SARIFLocation: Codable, Sendable, Equatable {
  /// Where the input is.
  public var physicalLocation: SARIFPhysicalLocation
  /// The token field, as a JSON pointer, when the finding names one.
  public var logicalLocations: [SARIFLogicalLocation]?
}

/// `physicalLocation`.
public struct SARIFPhysicalLocation: Codable, Sendable, Equatable {
  /// The input file, `stdin` or `argument`.
  public var artifactLocation: SARIFArtifactLocation
  /// The line, when the input has one.
  public var region: SARIFRegion?
}

/// `artifactLocation`.
public struct SARIFArtifactLocation: Codable, Sendable, Equatable {
  /// A relative or absolute URI reference.
  public var uri: String
}

/// `region`.
public struct SARIFRegion: Codable, Sendable, Equatable {
  /// 1-based line.
  public var startLine: Int
  /// 1-based column in UTF-16 code units (SARIF's default `columnKind`), when known: `scan`
  /// findings have one, lint findings (one token per line) do not.
  public var startColumn: Int?
}

/// `logicalLocation`.
public struct SARIFLogicalLocation: Codable, Sendable, Equatable {
  /// `token` + the finding's JSON pointer.
  public var fullyQualifiedName: String
  /// `member` for a token field.
  public var kind: String
}

/// The result's property bag.
public struct SARIFResultProperties: Codable, Sendable, Equatable {
  /// The rule name.
  public var name: String
  /// The token fingerprint (12 hex digits of SHA-256 of the token text).
  public var fingerprint: String
  /// The JSON pointer into the report's `token` object.
  public var field: String?
  /// The offending value, typed as in the JSON report.
  public var value: FindingValue?
  /// The expected value, typed.
  public var expected: FindingValue?
  /// The unit of both (`seconds`, `unix_time`, ...).
  public var unit: FindingUnit?
  /// The Agora error codes.
  public var agoraErrorCodes: [Int]?

  enum CodingKeys: String, CodingKey {
    case name, fingerprint, field, value, expected, unit
    case agoraErrorCodes = "agora_error_codes"
  }
}
