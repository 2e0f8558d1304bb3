import AgoraTokenLint
import AgoraTokenReport
import AgoraTokenScan
import ArgumentParser

/// `agtoken rules [CODE|NAME]`: list the lint rules, or explain one.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the lint rules, or explain one (agtoken rules AT201).",
    discussion: """
      Exit codes: 0 listed or explained, 2 an unknown rule or a usage error.

      EXAMPLES:
        agtoken rules
        agtoken rules AT201
        agtoken rules token_expired
        agtoken rules -f json | jq -r '.[] | "\\(.code) \\(.name)"'
      """)

  @Argument(
    help: ArgumentHelp("A rule code (AT201) or name (token_expired) to explain.", valueName: "rule")
  )
  var rule: String?

  @Option(
    name: .shortAndLong, help: ArgumentHelp("Output format: text or json.", valueName: "format"))
  var format: RulesFormat = .text

  func run() throws {
    if let rule, RuleRegistry.descriptor(rule) == nil, let scanRule = ScanRule.named(rule) {
      switch format {
      case .text: Output.write(ScanRulesText.explain(scanRule))
      case .json: Output.line(ScanRulesText.json(scanRule))
      }
    } else if let rule {
      guard let descriptor = RuleRegistry.descriptor(rule) else {
        throw ValidationError(
          "no rule '\(rule)'; `agtoken rules` lists the lint rules, docs/scan.md the scan rules (AT601-AT603)"
        )
      }
      switch format {
      case .text: Output.write(RulesText.explain(descriptor))
      case .json: Output.line(JSONRenderer.pretty(descriptor))
      }
    } else {
      switch format {
      case .text: Output.write(RulesText.list(RuleRegistry.descriptors))
      case .json: Output.line(JSONRenderer.pretty(RuleRegistry.descriptors))
      }
    }
    Output.flush()
  }
}

/// `--format` of `agtoken rules`.
enum RulesFormat: String, CaseIterable, ExpressibleByArgument {
  /// A table for people.
  case text
  /// The rule descriptors as a JSON array (or one object).
  case json
}
