/// Makes text from tokens safe to print on a terminal.
///
/// Token fields are attacker-controlled: a channel name can carry ESC sequences that move the
/// cursor or retitle the window, CR and LF that forge report lines, or bidirectional overrides
/// that reorder what a person reads. Text reports show such characters as `\u{1B}` escapes.
public enum TerminalText {
  /// `text` with every control or bidirectional-override character escaped.
  public static func sanitized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) {
        out += escape(scalar)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// One report line with unsafe characters escaped, except the colour codes (`ESC [ digits m`)
  /// that the renderers themselves write.
  public static func sanitizedLine(_ line: String) -> String {
    guard line.unicodeScalars.contains(where: isUnsafe) else { return line }
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
      if isUnsafe(scalar) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
      index += 1
    }
    return String(out)
  }

  /// The index of the `m` that ends an SGR colour code starting at `start`, if it is one.
  private static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    guard index < scalars.count, scalars[index] == "[" else { return nil }
    index += 1
    while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" {
      index += 1
    }
    return index < scalars.count && scalars[index] == "m" ? index : nil
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }
}
