/// Characters that print as nothing, or move text around, but are there: C0 and C1 controls,
/// the soft hyphen, the combining grapheme joiner, the Arabic letter mark, the Hangul and
/// Khmer fillers, the Mongolian selectors and vowel separator, zero-width space, joiners and
/// the LRM/RLM marks, the line and paragraph separators with the bidi embeddings and overrides,
/// word joiner through the bidi isolates and deprecated format characters, the variation
/// selectors, the byte-order mark, the interlinear annotation marks, the musical format
/// characters, and the tag characters and supplementary variation selectors (U+E0000-U+E0FFF).
///
/// One list for the two readers that must agree on it: the text reports escape these characters
/// (so two names that differ by one do not look alike), and the `remove_invisible_characters`
/// after-fix deletes them from a token copied through a chat app, an editor or a PDF.
package enum InvisibleCharacters {
  /// Whether `scalar` is one of them.
  package static func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    guard value >= 0xAD else { return false }
    return ranges.contains { $0.contains(value) }
  }

  private static let ranges: [ClosedRange<UInt32>] = [
    0xAD...0xAD, 0x34F...0x34F, 0x61C...0x61C, 0x115F...0x1160, 0x17B4...0x17B5,
    0x180B...0x180F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0x3164...0x3164,
    0xFE00...0xFE0F, 0xFEFF...0xFEFF, 0xFFA0...0xFFA0, 0xFFF9...0xFFFB, 0x1D173...0x1D17A,
    0xE0000...0xE0FFF,
  ]
}
