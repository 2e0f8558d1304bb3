import AgoraToken

/// Runs the lint rules over one inspection.
public struct Linter: Sendable {
  /// The rules that run, in code order.
  public let rules: [any LintRule]

  /// Creates a linter with every rule enabled.
  public init() {
    rules = RuleRegistry.all
  }

  /// Creates a linter with the rules that `selection` enables.
  public init(selection: RuleSelection) {
    rules = RuleRegistry.all.filter { selection.enables($0.descriptor) }
  }

  /// The findings for `inspection`, in rule-code order; each rule's own findings in token order.
  public func lint(_ inspection: Inspection, context: LintContext) -> [Finding] {
    rules.flatMap { $0.check(inspection, context: context) }
  }
}
