/// The input repair pipeline of `shared/vectors/README.md` ("Repairs"), applied in its order.
///
/// Each step that changes the text is reported as one ``AppliedRepair`` named as in the README.
/// Steps never guess beyond what the README defines: a base64 body whose length is 1 modulo 4
/// gets no padding and stays `bad_base64`, a body with characters outside both base64 alphabets
/// gets no alphabet or padding repair, and nothing is unescaped that the README does not name
/// (a JSON-escaped `\/` is reported as an after-fix instead, see ``Inspector/afterFix(for:raw:)``).
public enum InputRepair {
  /// The repaired text and the repairs applied.
  public struct Result: Sendable, Equatable {
    /// The normalised token text.
    public var text: String
    /// Every step that changed the text, in order.
    public var repairs: [AppliedRepair]
    /// The inflated payload of `text`, when `text` is 007 text whose body step 9 inflated: a
    /// decoder given it (``TokenDecoder/decode(_:options:inflated007:)``) need not inflate again.
    public var inflated007: [UInt8]?

    /// Creates a result.
    public init(text: String, repairs: [AppliedRepair], inflated007: [UInt8]? = nil) {
      self.text = text
      self.repairs = repairs
      self.inflated007 = inflated007
    }
  }

  /// The step names, in pipeline order, as `shared/vectors/README.md` spells them.
  public static let stepNames: [String] = [
    "trim_whitespace", "strip_quotes", "extract_from_url", "percent_decode", "remove_line_breaks",
    "space_to_plus", "url_safe_alphabet", "add_padding", "drop_trailing_zlib_data",
  ]

  /// Repairs `raw`.
  ///
  /// Input larger than `limits.maxTextBytes` is returned unchanged (the decoder then rejects it as
  /// `too_large`); `drop_trailing_zlib_data` inflates at most `limits.maxInflatedBytes`.
  /// - Returns: the normalised text and the repairs applied; never throws.
  public static func repair(_ raw: String, limits: DecodeLimits = .standard) -> Result {
    guard raw.utf8.count <= limits.maxTextBytes else { return Result(text: raw, repairs: []) }
    var text = raw
    var repairs: [AppliedRepair] = []
    var steps: [(String, (String) -> (text: String, detail: String)?)] = [
      ("trim_whitespace", trimWhitespace),
      ("strip_quotes", stripQuotes),
      ("extract_from_url", extractFromURL),
      ("percent_decode", percentDecode),
      ("remove_line_breaks", removeLineBreaks),
      ("space_to_plus", spaceToPlus),
      ("url_safe_alphabet", urlSafeAlphabet),
      ("add_padding", addPadding),
    ]
    if isCleanTokenText(raw) { steps = [("add_padding", addPadding)] }
    for (name, step) in steps {
      guard let changed = step(text), changed.text != text else { continue }
      text = changed.text
      repairs.append(AppliedRepair(name: name, detail: changed.detail))
    }
    // Step 9 inflates the body; the payload is kept so that decoding does not inflate it again.
    guard let zlib = dropTrailingZlibData(text, limits: limits) else {
      return Result(text: text, repairs: repairs)
    }
    if let repaired = zlib.repaired {
      text = repaired.text
      repairs.append(AppliedRepair(name: "drop_trailing_zlib_data", detail: repaired.detail))
    }
    return Result(text: text, repairs: repairs, inflated007: zlib.payload)
  }

  // MARK: - Steps

  /// 1. Leading and trailing whitespace (spaces, tabs, CR, LF and other Unicode white space).
  static func trimWhitespace(_ text: String) -> (text: String, detail: String)? {
    // Fast path: most inputs start and end with a token character (Character.isWhitespace needs
    // grapheme breaking; UTF-8 bytes at both ends tell the common case at once).
    if let first = text.utf8.first, let last = text.utf8.last, isPlainASCII(first),
      isPlainASCII(last)
    {
      return nil
    }
    let trimmed = trimmed(text)
    guard trimmed.utf8.count != text.utf8.count else { return nil }
    let leading = text.prefix { $0.isWhitespace }.unicodeScalars.count
    let trailing = text.unicodeScalars.count - leading - trimmed.unicodeScalars.count
    return (
      trimmed,
      "removed \(leading) leading and \(trailing) trailing whitespace characters"
    )
  }

  /// The quote pairs `strip_quotes` removes: ASCII quotes, backticks and typographic quotes.
  static let quotePairs: [(open: Character, close: Character)] = [
    ("\"", "\""), ("'", "'"), ("`", "`"),
    ("\u{201C}", "\u{201D}"), ("\u{201D}", "\u{201D}"), ("\u{201E}", "\u{201C}"),
    ("\u{2018}", "\u{2019}"), ("\u{2019}", "\u{2019}"), ("\u{201A}", "\u{2018}"),
    ("\u{00AB}", "\u{00BB}"), ("\u{00BB}", "\u{00AB}"), ("\u{2039}", "\u{203A}"),
  ]

  /// 2. One pair of surrounding quotes, then trimming again.
  static func stripQuotes(_ text: String) -> (text: String, detail: String)? {
    if let first = text.utf8.first, let last = text.utf8.last,
      isPlainASCII(first) || isPlainASCII(last)
    {
      return nil
    }
    guard let first = text.first, let last = text.last, text.dropFirst().last != nil,
      quotePairs.contains(where: { $0.open == first && $0.close == last })
    else { return nil }
    let inner = trimmed(String(text.dropFirst().dropLast()))
    return (inner, "removed the surrounding \(first)\(last) quotes")
  }

  /// 3. The first query parameter whose form-decoded value starts with a known version.
  static func extractFromURL(_ text: String) -> (text: String, detail: String)? {
    // Bytes, not Characters: a scan by Character breaks graphemes and costs more than decoding.
    guard !TokenTextLayout.startsWithKnownVersion(text), text.utf8.contains(UInt8(ascii: "="))
    else { return nil }
    let query: Substring
    if let mark = text.firstIndex(where: { $0 == "?" || $0 == "#" }) {
      query = text[text.index(after: mark)...]
    } else {
      query = Substring(text)
    }
    for pair in query.split(whereSeparator: { $0 == "&" || $0 == "#" || $0 == "?" }) {
      guard let equals = pair.firstIndex(of: "=") else { continue }
      let key = PercentEncoding.decode(pair[..<equals], plusAsSpace: true).text
      let value = PercentEncoding.decode(pair[pair.index(after: equals)...], plusAsSpace: true).text
      if TokenTextLayout.startsWithKnownVersion(value) {
        return (value, "took the value of the query parameter '\(key)' and form-decoded it")
      }
    }
    return nil
  }

  /// 4. Remaining `%XX` escapes, decoded once (a second level is an after-fix, `percent_decode_twice`).
  static func percentDecode(_ text: String) -> (text: String, detail: String)? {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return nil }
    let decoded = PercentEncoding.decode(text, plusAsSpace: false)
    guard decoded.escapes > 0 else { return nil }
    return (decoded.text, "decoded \(decoded.escapes) %XX escapes (such as %2B, %2F, %3D)")
  }

  /// 5. CR, LF and TAB inside the token (line-wrapped tokens).
  static func removeLineBreaks(_ text: String) -> (text: String, detail: String)? {
    guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x09 }) else { return nil }
    let breaks: Set<Unicode.Scalar> = ["\r", "\n", "\t"]
    let count = text.unicodeScalars.filter { breaks.contains($0) }.count
    guard count > 0 else { return nil }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.filter { !breaks.contains($0) })
    return (String(scalars), "removed \(count) line breaks or tabs inside the token")
  }

  /// 6. Spaces inside a token with a base64 body: each can only be a `+` that went through form decoding.
  static func spaceToPlus(_ text: String) -> (text: String, detail: String)? {
    guard TokenTextLayout.base64BodyOffset(text) != nil else { return nil }
    let count = text.utf8.filter { $0 == UInt8(ascii: " ") }.count
    guard count > 0 else { return nil }
    let mapped = text.utf8.map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "+") : $0 }
    return (
      String(decoding: mapped, as: UTF8.self),
      "turned \(count) spaces back into '+' (a form decoder turns '+' into a space)"
    )
  }

  /// 7. A body in the URL-safe alphabet (`-`, `_`, no `+` or `/`) mapped to the standard one.
  static func urlSafeAlphabet(_ text: String) -> (text: String, detail: String)? {
    guard let split = body(of: text) else { return nil }
    let core = split.body.prefix { $0 != UInt8(ascii: "=") }
    let padding = split.body.count - core.count
    guard padding <= 2, split.body[core.count...].allSatisfy({ $0 == UInt8(ascii: "=") }),
      core.allSatisfy(TokenTextLayout.isURLSafeBase64)
    else { return nil }
    let dashes = core.filter { $0 == UInt8(ascii: "-") }.count
    let underscores = core.filter { $0 == UInt8(ascii: "_") }.count
    guard dashes + underscores > 0 else { return nil }
    let mapped = split.body.map { byte -> UInt8 in
      switch byte {
      case UInt8(ascii: "-"): UInt8(ascii: "+")
      case UInt8(ascii: "_"): UInt8(ascii: "/")
      default: byte
      }
    }
    return (
      split.prefix + String(decoding: mapped, as: UTF8.self),
      "mapped the URL-safe base64 alphabet to the standard one (\(dashes) '-' to '+', \(underscores) '_' to '/')"
    )
  }

  /// 8. The missing `=` of a body whose length is 2 or 3 modulo 4 (never for 1 modulo 4).
  static func addPadding(_ text: String) -> (text: String, detail: String)? {
    guard let split = body(of: text) else { return nil }
    let core = split.body.prefix { $0 != UInt8(ascii: "=") }
    let padding = split.body.count - core.count
    guard split.body[core.count...].allSatisfy({ $0 == UInt8(ascii: "=") }),
      core.allSatisfy(TokenTextLayout.isStandardBase64)
    else { return nil }
    let remainder = core.count % 4
    guard remainder == 2 || remainder == 3 else { return nil }
    let needed = 4 - remainder
    guard padding < needed else { return nil }
    let added = needed - padding
    return (
      text + String(repeating: "=", count: added),
      padding == 0
        ? "added \(added) '=' padding characters"
        : "added \(added) '=' to the \(padding) present: a body of \(core.count) characters needs \(needed)"
    )
  }

  /// 9. Bytes after the end of a complete 007 zlib stream: dropped, and the body re-encoded.
  /// - Returns: the inflated payload, and the repaired text when bytes follow the stream; `nil`
  ///   when `text` is not 007 text whose body inflates.
  static func dropTrailingZlibData(_ text: String, limits: DecodeLimits) -> (
    payload: [UInt8], repaired: (text: String, detail: String)?
  )? {
    guard text.hasPrefix("007"), let split = body(of: text),
      let bytes = try? Base64Text.decodeData(
        Substring(String(decoding: split.body, as: UTF8.self)), textOffset: 3),
      let inflated = try? Zlib.inflate(bytes, limit: limits.maxInflatedBytes)
    else { return nil }
    guard inflated.consumed < bytes.count else { return (inflated.output, nil) }
    let dropped = bytes.count - inflated.consumed
    return (
      inflated.output,
      (
        split.prefix + Base64Text.encode(Array(bytes.prefix(inflated.consumed))),
        "dropped \(dropped) bytes after the end of the zlib stream and re-encoded the token from the stream alone"
      )
    )
  }

  // MARK: - Helpers

  /// Whether steps 1 to 7 can change nothing: the text starts with a known version and holds only
  /// the standard base64 alphabet and `=`, so it has no white space, quotes, URL, `%`, line
  /// breaks, spaces, `-` or `_`. Every well-formed token takes this path, one pass over its bytes.
  static func isCleanTokenText(_ text: String) -> Bool {
    guard TokenTextLayout.startsWithKnownVersion(text) else { return false }
    let check: (UnsafeBufferPointer<UInt8>) -> Bool = { bytes in
      bytes.allSatisfy { TokenTextLayout.isStandardBase64($0) || $0 == UInt8(ascii: "=") }
    }
    return text.utf8.withContiguousStorageIfAvailable(check)
      ?? Array(text.utf8).withUnsafeBufferPointer(check)
  }

  /// A printable ASCII byte other than space and the quote characters: never trimmed or stripped.
  static func isPlainASCII(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
      && byte != UInt8(ascii: "`")
  }

  /// `text` without leading and trailing white space.
  static func trimmed(_ text: String) -> String {
    guard let start = text.firstIndex(where: { !$0.isWhitespace }),
      let end = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[start...end])
  }

  /// The version prefix and the UTF-8 bytes of the base64 body, for texts that have one.
  static func body(of text: String) -> (prefix: String, body: [UInt8])? {
    guard let offset = TokenTextLayout.base64BodyOffset(text) else { return nil }
    let bytes = Array(text.utf8)
    return (String(decoding: bytes[..<offset], as: UTF8.self), Array(bytes[offset...]))
  }
}
