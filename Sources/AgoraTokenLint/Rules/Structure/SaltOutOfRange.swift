import AgoraToken

/// AT110 `salt_out_of_range`: a 007 salt outside 1...99999999.
///
/// Source: every reference builder draws the salt from 1...99999999
/// (`random.randint(1, 99999999)` in `python3/src/AccessToken2.py`, and the same range in the
/// Go, Java and Node builders). Agora accepts any salt; another one hints at a hand-made token
/// or a foreign builder.
struct SaltOutOfRange: LintRule {
  static let range: ClosedRange<UInt32> = 1...99_999_999

  let descriptor = RuleDescriptor(
    code: "AT110", name: "salt_out_of_range", severity: .info, category: .structure,
    structural: false,
    summary:
      "The salt is outside 1...99999999, the range of every reference builder.",
    explanation:
      "Agora's builders pick the salt at random from 1 to 99999999. The server does not check it, but a salt of 0 or above that range means the token was not made by a reference builder: look at the code that built it.",
    fix:
      "Build tokens with one of Agora's reference builders (or agtoken build).",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, !Self.range.contains(token.salt) else { return [] }
    return [
      descriptor.finding(
        "salt is \(token.salt), outside 1...99999999: not the output of a reference builder",
        field: .token(.salt), value: .number(token.salt), expected: .text("1...99999999"))
    ]
  }
}
