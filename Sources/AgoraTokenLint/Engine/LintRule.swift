import AgoraToken

/// One lint rule: a descriptor and a check over one inspection.
///
/// Rules are pure: they read the ``Inspection`` and the ``LintContext`` (which carries the time to
/// judge at) and return findings; they never read the clock, the environment or a certificate.
public protocol LintRule: Sendable {
  /// The rule's code, name, severity, texts and source.
  var descriptor: RuleDescriptor { get }

  /// The findings for one inspected input; empty when the rule does not apply or the token passes.
  func check(_ inspection: Inspection, context: LintContext) -> [Finding]
}
