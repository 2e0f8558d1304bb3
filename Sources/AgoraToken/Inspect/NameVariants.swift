/// Simple variants of a name a client may have typed differently from the token server:
/// trimmed of whitespace, lower-cased, upper-cased, and both.
///
/// Channel names are case-sensitive and whitespace counts, so a token built for `room1` does not
/// work for `Room1 `; finding the variant that matches says what went wrong.
public enum NameVariants {
  /// The variants of `text` that differ from it, each with a label (`trimmed`, `lower-cased`, ...).
  public static func variants(of text: String) -> [(label: String, value: String)] {
    let trimmed = String(
      text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    let candidates: [(String, String)] = [
      ("trimmed", trimmed),
      ("lower-cased", text.lowercased()),
      ("upper-cased", text.uppercased()),
      ("trimmed and lower-cased", trimmed.lowercased()),
      ("trimmed and upper-cased", trimmed.uppercased()),
      ("capitalised", capitalised(trimmed)),
    ]
    var seen: Set<String> = [text]
    var result: [(label: String, value: String)] = []
    for (label, value) in candidates where !seen.contains(value) {
      seen.insert(value)
      result.append((label, value))
    }
    return result
  }

  private static func capitalised(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst().lowercased()
  }
}
