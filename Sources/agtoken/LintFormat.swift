import AgoraTokenLint
import ArgumentParser

/// `--format` of `agtoken lint`.
enum LintFormat: String, CaseIterable, ExpressibleByArgument {
  /// Findings grouped by token, for people.
  case text
  /// One JSON array of inspect documents with their findings.
  case json
  /// The same array as `json`: the name `inspect` and `verify` use for "always an array".
  case jsonArray = "json-array"
  /// One inspect document per line.
  case ndjson
  /// SARIF 2.1.0 for code-scanning tools.
  case sarif
  /// GitHub Actions workflow commands.
  case github
}

/// `--color` of `agtoken lint`.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  /// Colour when stdout is a terminal and `NO_COLOR` is unset.
  case auto
  /// Always colour.
  case always
  /// Never colour.
  case never

  /// Whether to colour now.
  var enabled: Bool {
    switch self {
    case .auto: Output.colorEnabled
    case .always: true
    case .never: false
    }
  }
}

/// `--fail-on`: the lowest severity that makes `agtoken lint` exit 1.
struct SeverityArgument: ExpressibleByArgument {
  let severity: Severity

  init?(argument: String) {
    guard let severity = Severity(rawValue: argument.lowercased()) else { return nil }
    self.severity = severity
  }

  static var allValueStrings: [String] { Severity.allCases.map(\.rawValue) }
}
