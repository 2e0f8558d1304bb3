import AgoraToken

/// The decode warnings that lint rules restate as findings: trailing bytes (AT107
/// `trailing_bytes`), a signature of the wrong length (AT109 `bad_signature_length`) and an app id
/// that is not 32 hex characters (AT101 `app_id_not_hex32`).
///
/// The codec finds each of these once (``DecodedToken/warnings``); the rule turns it into a
/// finding with the codec's own words. A report that prints the findings lists under `warnings`
/// only what no finding says (for example when `--ignore AT107` turned the rule off), so each fact
/// is stated once.
public enum RestatedWarnings {
  /// The rule name that restates each warning kind.
  static let ruleNames: [TokenError.Kind: String] = [
    .trailingBytes: "trailing_bytes", .badSignatureLength: "bad_signature_length",
    .badAppID: "app_id_not_hex32",
  ]

  /// The warnings that none of `findings` restates, in their order.
  public static func unstated(_ warnings: [TokenError], findings: [Finding]) -> [TokenError] {
    guard !warnings.isEmpty, !findings.isEmpty else { return warnings }
    return warnings.filter { warning in
      guard let name = ruleNames[warning.kind] else { return true }
      return !findings.contains { $0.name == name }
    }
  }
}

extension Inspection {
  /// The decode warnings of one kind, for the rules that restate them.
  func decodeWarnings(_ kind: TokenError.Kind) -> [TokenError] {
    decoded?.warnings.filter { $0.kind == kind } ?? []
  }
}
