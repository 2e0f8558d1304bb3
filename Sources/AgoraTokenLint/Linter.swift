import AgoraToken

/// Runs the lint rules over one inspection.
public struct Linter: Sendable {
  /// Creates a linter with every rule enabled.
  public init() {}

  /// The findings for `inspection`, in rule-code order.
  public func lint(_ inspection: Inspection, context: LintContext) -> [Finding] {
    []
  }
}
