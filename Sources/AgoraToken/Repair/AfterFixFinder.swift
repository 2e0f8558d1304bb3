/// Fixes for rejected inputs with an obvious cause that the repair pipeline must not apply silently.
///
/// Source: `after_fix` in `shared/cases/README.md` (fixes `json_unescape`, `percent_decode_twice`);
/// `remove_invisible_characters` is agtoken's own, for a token that carries a zero-width space,
/// a byte-order mark, a NUL or another ``InvisibleCharacters`` member.
/// The input stays rejected (strict decoders must not drop a backslash or decode twice on their
/// own); the fix and what the fixed token decodes to are reported beside the error.
public enum AfterFixFinder {
  /// The candidate fixes for `text` (already repaired), in the order they are tried: the fix name
  /// and the fixed text. Empty when no fix applies. `raw`, the input before the repairs, is where
  /// invisible characters are removed from when given: a repair such as `add_padding` may have
  /// counted one as part of the body.
  public static func candidates(
    for text: String, raw: String? = nil
  ) -> [(fix: String, text: String)] {
    var result: [(fix: String, text: String)] = []
    if let unescaped = jsonUnescape(text) { result.append(("json_unescape", unescaped)) }
    if let decoded = percentDecodeAgain(text) { result.append(("percent_decode_twice", decoded)) }
    if let visible = removeInvisibleCharacters(raw ?? text) {
      result.append(("remove_invisible_characters", visible))
    }
    return result
  }

  /// The most JSON escapes a token can carry: `\/` and the `\u` forms of `+`, `/` and `=`.
  static let jsonEscapes: [(escaped: String, plain: String)] = [
    ("\\/", "/"), ("\\u002B", "+"), ("\\u002b", "+"), ("\\u002F", "/"), ("\\u002f", "/"),
    ("\\u003D", "="), ("\\u003d", "="),
  ]

  /// `text` with JSON string escapes of base64 characters undone, or `nil` when it has none.
  static func jsonUnescape(_ text: String) -> String? {
    guard text.utf8.contains(UInt8(ascii: "\\")) else { return nil }
    var result = text
    for (escaped, plain) in jsonEscapes {
      result = result.replacing(escaped, with: plain)
    }
    return result == text ? nil : result
  }

  /// `text` without its ``InvisibleCharacters``, or `nil` when it has none.
  static func removeInvisibleCharacters(_ text: String) -> String? {
    guard text.unicodeScalars.contains(where: InvisibleCharacters.contains) else { return nil }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter { !InvisibleCharacters.contains($0) })
    return String(scalars)
  }

  /// `text` percent-decoded until no `%XX` escape is left (at most 3 more rounds), or `nil`.
  static func percentDecodeAgain(_ text: String) -> String? {
    var current = text
    var rounds = 0
    while rounds < 3 && PercentEncoding.containsEscape(current) {
      current = PercentEncoding.decode(current, plusAsSpace: false).text
      rounds += 1
    }
    return rounds == 0 ? nil : current
  }
}

extension Inspector {
  /// The first fix of ``AfterFixFinder/candidates(for:raw:)`` after which `text` decodes, with the
  /// fixed token verified against ``certificates``; `nil` when none helps.
  ///
  /// The fixed text goes through the repair pipeline once more; repairs it still needed are in
  /// ``AfterFix/repairs``.
  public func afterFix(for text: String, raw: String? = nil) -> AfterFix? {
    for candidate in AfterFixFinder.candidates(for: text, raw: raw) {
      let repaired = InputRepair.repair(candidate.text, limits: options.limits)
      guard let decoded = try? TokenDecoder.decode(repaired.text, options: options).withFacts()
      else {
        continue
      }
      return AfterFix(
        fix: candidate.fix, text: repaired.text, decoded: decoded,
        signature: verify(decoded.token),
        repairs: repaired.repairs)
    }
    return nil
  }
}
