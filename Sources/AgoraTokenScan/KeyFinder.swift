/// Reads back from a value to the name it is assigned to, on the same line.
///
/// `appCertificate = "…"`, `APP_CERTIFICATE: …`, `"appCertificate": "…"`,
/// `let appCertificate: String = "…"` (a type between name and `=`), `<appCertificate>…`,
/// `${agora.app-certificate:…}`, and a quoted name before `,` or `(` as in
/// `os.getenv("AGORA_APP_CERTIFICATE", "…")`. An unquoted name before `,` is a function argument,
/// not an assignment, and does not count.
enum KeyFinder {
  /// How far back a name may be, in bytes.
  static let window = 96

  static func key(in bytes: ArraySlice<UInt8>, before valueStart: Int) -> (
    String, CredentialKey.Kind
  )? {
    let lower = Swift.max(bytes.startIndex, valueStart - window)
    var index = valueStart - 1
    func skip(_ accept: (UInt8) -> Bool) {
      while index >= lower, accept(bytes[index]) { index -= 1 }
    }
    skip { isQuote($0) || LineDetector.isSpace($0) }
    guard index >= lower else { return nil }
    let operatorByte = bytes[index]
    let separatorOnly = operatorByte == 0x2C || operatorByte == 0x28  // , (
    guard separatorOnly || [0x3D, 0x3A, 0x3E].contains(operatorByte) else { return nil }  // = : >
    if separatorOnly {
      index -= 1
    } else {
      skip { $0 == 0x3D || $0 == 0x3A || $0 == 0x3E }
    }
    var names = separatorOnly ? 1 : 2
    while names > 0 {
      skip { LineDetector.isSpace($0) || $0 == 0x3C || $0 == 0x3F || $0 == 0x21 || $0 == 0x7B }
      let quoted = index >= lower && isQuote(bytes[index])
      skip(isQuote)
      let end = index + 1
      skip(isNameByte)
      let start = index + 1
      guard start < end else { return nil }
      if separatorOnly && !quoted { return nil }
      let name = String(decoding: bytes[start..<end], as: UTF8.self)
      if let kind = CredentialKey.kind(of: name) { return (name, kind) }
      names -= 1
      // A type annotation sits between the name and `=`: `name: Type =`.
      skip(LineDetector.isSpace)
      guard index >= lower, bytes[index] == 0x3A else { return nil }
      skip { $0 == 0x3A }
    }
    return nil
  }

  static func isQuote(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0x27 || byte == 0x60 }

  static func isNameByte(_ byte: UInt8) -> Bool {
    LineDetector.isAlphanumeric(byte) || byte == 0x5F || byte == 0x2E || byte == 0x2D
  }
}
