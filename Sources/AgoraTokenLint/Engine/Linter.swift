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

  /// The most findings one rule reports for one token; the rest are counted in a last finding.
  ///
  /// A 400-byte token can declare 65,535 services, and a report with 65,535 identical findings
  /// helps nobody, so each rule stops after this many and says how many it left out.
  public static let findingsPerRule = 50

  /// The findings for `inspection`, in rule-code order; each rule's own findings in token order,
  /// at most ``findingsPerRule`` of them plus one that counts the rest.
  public func lint(_ inspection: Inspection, context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for rule in rules {
      let found = rule.check(inspection, context: context)
      // Most rules find nothing; appending an empty array still allocates the first buffer.
      if found.isEmpty { continue }
      guard found.count > Self.findingsPerRule else {
        findings += found
        continue
      }
      findings += found.prefix(Self.findingsPerRule)
      var more = found[Self.findingsPerRule]
      let left = found.count - Self.findingsPerRule
      more.message = "\(left) more \(more.name) findings in this token are not listed"
      more.field = nil
      more.value = .number(left)
      more.expected = nil
      more.unit = .count
      findings.append(more)
    }
    return findings
  }
}
