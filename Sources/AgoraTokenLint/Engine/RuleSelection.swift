/// Which rules run: `--select` and `--ignore`, as codes, code prefixes or names.
///
/// As in ruff, an entry may be a full code (`AT201`), a code prefix (`AT2` selects every time rule),
/// a rule name (`token_expired`) or `ALL`. Ignoring wins over selecting.
public struct RuleSelection: Sendable, Equatable {
  /// The entries to enable; empty enables every rule.
  public var select: [String]
  /// The entries to disable.
  public var ignore: [String]

  /// Creates a selection.
  /// - Throws: ``LintConfigurationError`` when an entry matches no rule.
  public init(select: [String] = [], ignore: [String] = []) throws(LintConfigurationError) {
    self.select = try RuleSelection.normalized(select)
    self.ignore = try RuleSelection.normalized(ignore)
  }

  /// Whether the rule runs.
  public func enables(_ rule: RuleDescriptor) -> Bool {
    let selected = select.isEmpty || select.contains { RuleSelection.matches($0, rule) }
    return selected && !ignore.contains { RuleSelection.matches($0, rule) }
  }

  /// Splits comma-separated entries, trims them, and checks that each matches at least one rule.
  static func normalized(_ entries: [String]) throws(LintConfigurationError) -> [String] {
    var result: [String] = []
    for entry in entries {
      for part in entry.split(separator: ",") {
        let item = String(part).trimmingSpaces
        if item.isEmpty { continue }
        guard RuleRegistry.all.contains(where: { matches(item, $0.descriptor) }) else {
          throw LintConfigurationError(
            "unknown rule '\(item)': give a code (AT201), a code prefix (AT2), a name (token_expired) or ALL; `agtoken rules` lists them"
          )
        }
        result.append(item)
      }
    }
    return result
  }

  static func matches(_ entry: String, _ rule: RuleDescriptor) -> Bool {
    let upper = entry.uppercased()
    if upper == "ALL" { return true }
    if entry.lowercased() == rule.name { return true }
    return upper.hasPrefix("AT") && rule.code.hasPrefix(upper)
  }
}

extension String {
  /// The text without leading and trailing whitespace.
  var trimmingSpaces: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
