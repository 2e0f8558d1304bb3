import AgoraToken

/// What the access log and error messages show of a name the client chose: a path segment, a
/// query parameter name or a JSON member name.
///
/// A client that puts a token or a certificate where a name goes (`/inspect?007eJx…`,
/// `/healthz?<certificate>`) must not find it in the log or echoed back, so only short, plain
/// names are shown as they are; anything else is shown by its fingerprint, as the log shows tokens.
enum ClientName {
  /// The longest name shown as it is, in bytes: every name the server takes is shorter, and an
  /// App ID or certificate (32 characters) and a token (100+) are longer.
  static let longestShown = 24

  /// `name` itself when it is at most ``longestShown`` bytes of ASCII letters, digits, `_`, `-`
  /// and `.`; otherwise `<fp:FINGERPRINT>` (``AgoraToken/Inspection/fingerprint(of:)``).
  static func shown(_ name: some StringProtocol) -> String {
    isPlain(name) ? String(name) : "<fp:\(Inspection.fingerprint(of: String(name)))>"
  }

  /// Whether `name` is shown as it is.
  static func isPlain(_ name: some StringProtocol) -> Bool {
    name.utf8.count <= longestShown
      && name.utf8.allSatisfy { byte in
        byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
          || byte == UInt8(ascii: ".")
      }
  }
}

extension UInt8 {
  fileprivate var isASCIIAlphanumeric: Bool {
    (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
  }
}
