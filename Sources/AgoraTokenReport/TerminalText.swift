import AgoraToken

/// Makes text from tokens safe to print on a terminal.
///
/// Token fields are attacker-controlled: a channel name can carry ESC sequences that move the
/// cursor or retitle the window, CR and LF that forge report lines, or bidirectional overrides
/// that reorder what a person reads; invisible characters (zero-width spaces and joiners, bidi
/// marks, U+2028/U+2029 line and paragraph separators, a byte-order mark) make two different
/// channel names look the same, which is how a channel mismatch hides. Text reports show such
/// characters as `\u{1B}` escapes.
public enum TerminalText {
  /// `text` with every control, bidirectional-control or invisible character escaped.
  public static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: InvisibleCharacters.contains) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if InvisibleCharacters.contains(scalar) {
        out += escape(scalar)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// One report line with unsafe characters escaped, except, when `keepColour` is set, the colour
  /// codes the renderers themselves write (``TextStyle``: `ESC [` 0, 1, 2, 31, 32, 33 or 36 `m`).
  ///
  /// Only those codes pass: an input value that slips into a line unescaped can at most colour
  /// text, never conceal it (`ESC [8m`), clear the screen or move the cursor; without colour,
  /// nothing passes.
  public static func sanitizedLine(_ line: String, keepColour: Bool = true) -> String {
    guard keepColour else { return sanitized(line) }
    guard line.unicodeScalars.contains(where: InvisibleCharacters.contains) else { return line }
    let scalars = Array(line.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
        out.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      if InvisibleCharacters.contains(scalar) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
      index += 1
    }
    return String(out)
  }

  /// The index of the `m` that ends one of the renderers' colour codes starting at `start`.
  private static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    guard index < scalars.count, scalars[index] == "[" else { return nil }
    index += 1
    var code = ""
    while index < scalars.count, ("0"..."9").contains(scalars[index]), code.count < 2 {
      code.unicodeScalars.append(scalars[index])
      index += 1
    }
    guard index < scalars.count, scalars[index] == "m", ownColourCodes.contains(code) else {
      return nil
    }
    return index
  }

  /// The SGR codes of ``TextStyle`` and the lint renderer: reset, bold, dim, red, green, yellow,
  /// cyan.
  private static let ownColourCodes: Set<String> = ["0", "1", "2", "31", "32", "33", "36"]

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
