import Crypto

/// Everything agtoken learns from one input: repairs, the decode (or the error), the signature
/// check and the identity checks. Renderers and lint rules read this value; it holds no certificate.
public struct Inspection: Sendable {
  /// Where the input came from.
  public var source: InputSource
  /// The input exactly as given, before any repair (the diagnosis reads the padding it carried).
  /// It may be a certificate pasted by mistake: no report shows it.
  public var raw: String = ""
  /// The token text after repairs (what was decoded). Reports show ``fingerprint`` instead unless asked.
  public var text: String
  /// The repairs applied, in pipeline order; empty for a pristine token.
  public var repairs: [AppliedRepair]
  /// The decoded token, or `nil` when decoding failed.
  public var decoded: DecodedToken?
  /// Why decoding failed, when it did.
  public var error: TokenError?
  /// What the input is, when it is not an Agora token (a bare 32-hex id, a Chat REST token, a JWT).
  public var recognition: Recognition?
  /// The signature verdict.
  public var signature: SignatureCheck
  /// Comparisons with the client identity, when one was given.
  public var identity: [IdentityCheck]
  /// For a rejected input with an obvious cause: the fix and what the fixed token decodes to.
  public var afterFix: AfterFix?

  /// Creates an inspection record.
  public init(
    source: InputSource, text: String, repairs: [AppliedRepair] = [], decoded: DecodedToken? = nil,
    error: TokenError? = nil, recognition: Recognition? = nil,
    signature: SignatureCheck = .notChecked("no certificate given"), identity: [IdentityCheck] = [],
    afterFix: AfterFix? = nil
  ) {
    self.source = source
    self.text = text
    self.repairs = repairs
    self.decoded = decoded
    self.error = error
    self.recognition = recognition
    self.signature = signature
    self.identity = identity
    self.afterFix = afterFix
  }

  /// Whether the token (or the fixed token of an after-fix) verifies with the App Certificate that
  /// Agora publishes in its sample code; `nil` when not worked out. AgoraTokenLint's pipeline
  /// sets it once per input, and the lint rule and the diagnosis both read it.
  public var signsWithSampleCertificate: Bool?

  /// Whether the input text is one of the certificates given (in any letter case): then no report
  /// may show the text, not even with `--show-token`.
  public var textIsCertificate = false

  /// The token text as a report may show it: `nil` when the text is a certificate.
  public var displayableText: String? { textIsCertificate ? nil : text }

  /// The first 12 hex digits of the SHA-256 of the normalised token text: a handle that is not the token.
  public var fingerprint: String { Inspection.fingerprint(of: text) }

  /// The fingerprint of any text (first 12 hex digits of its SHA-256).
  public static func fingerprint(of text: String) -> String {
    Hex.encode(SHA256.hash(data: Array(text.utf8)).prefix(6))
  }
}

/// Where one input token came from.
public struct InputSource: Sendable, Equatable, Codable {
  /// A file path, `-` for stdin, or `argument` for a command-line argument.
  public var file: String
  /// The 1-based line number in the file or stream; the argument's position for arguments.
  public var line: Int

  /// Creates a source.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }
}

/// The fix for a rejected input with an obvious cause, and what the fixed token decodes to.
public struct AfterFix: Sendable {
  /// The fix's name (`json_unescape`, `percent_decode_twice`, ...).
  public var fix: String
  /// The fixed token text.
  public var text: String
  /// The fixed token, decoded.
  public var decoded: DecodedToken
  /// The signature verdict for the fixed token.
  public var signature: SignatureCheck
  /// Repairs of the pipeline that the fixed text still needed (usually none).
  public var repairs: [AppliedRepair]

  /// Creates a record.
  public init(
    fix: String, text: String, decoded: DecodedToken, signature: SignatureCheck,
    repairs: [AppliedRepair] = []
  ) {
    self.fix = fix
    self.text = text
    self.decoded = decoded
    self.signature = signature
    self.repairs = repairs
  }
}
