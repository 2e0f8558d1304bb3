import AgoraTokenLint
import ArgumentParser

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
