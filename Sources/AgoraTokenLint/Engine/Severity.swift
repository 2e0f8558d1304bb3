/// How serious a lint finding is, in the ruff / zlint sense.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
  /// For information only.
  case info
  /// Likely to cause trouble.
  case warning
  /// The token will fail, or is wrong.
  case error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// `info < warning < error`.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
