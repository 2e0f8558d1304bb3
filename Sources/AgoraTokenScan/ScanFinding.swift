import AgoraTokenLint

/// One leak found by `agtoken scan`. It names where the leak is and what it is by fingerprint;
/// it never holds a certificate, and holds the token text only when asked (`--show-token`).
///
/// The names are contracts: `certificate_in_source`, `token_in_source`, `app_id_in_source`.
public struct ScanFinding: Sendable, Equatable, Codable {
  /// The finding's name, `certificate_in_source`.
  public var name: String
  /// Its code, `AT601` (``ScanRule``).
  public var code: String
  /// `error` for a certificate and a token still valid at `--now`, `info` for an App ID, an
  /// expired token and Agora's published sample certificate.
  public var severity: Severity
  /// The file, relative to the current directory when the path given was relative.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, in UTF-16 code units (SARIF's default `columnKind`).
  public var column: Int
  /// 12 hex digits of the SHA-256 of the value found; the same value has the same fingerprint
  /// everywhere, so baselines and reports can refer to it without showing it.
  public var fingerprint: String
  /// The name the value is assigned to (`appCertificate`, `AGORA_APP_ID`), when there is one.
  public var key: String?
  /// For a certificate: whether it verifies a token found in the scan.
  public var confirmed: Bool?
  /// For a certificate: the fingerprints of the tokens it verifies.
  public var signs: [String]?
  /// For a certificate: `true` when it is the App Certificate Agora publishes in its sample code.
  public var publicSample: Bool?
  /// For a token and an App ID: the App ID.
  public var appID: String?
  /// For a token: its version (`007`, `006`, ...).
  public var version: String?
  /// For a token: `valid`, `expired` or `not_yet_valid` at `--now`.
  public var status: String?
  /// For a 007 token: when it expires, Unix time (`issue_ts + expire`); absent when `expire` is 0.
  public var expiresAt: UInt64?
  /// For a token: the fingerprints of the certificates found that verify it.
  public var signedBy: [String]?
  /// For a token: the fingerprints of certificates found in a file beside the token's App ID.
  public var appIDCertificates: [String]?
  /// With `--git-history`: the commit where the value first appears.
  public var commit: String?
  /// `work_tree`, or `history` for a leak that only an earlier commit holds.
  public var source: String
  /// For a token with `--show-token`: the token text. Never set for a certificate.
  public var token: String?
  /// How to fix it.
  public var fix: String

  /// Creates a finding; `ScanRule` supplies the code, `fix` and the default severity.
  public init(
    rule: ScanRule, severity: Severity? = nil, file: String, line: Int, column: Int,
    fingerprint: String, source: String = "work_tree"
  ) {
    name = rule.name
    code = rule.code
    self.severity = severity ?? rule.severity
    self.file = file
    self.line = line
    self.column = column
    self.fingerprint = fingerprint
    self.source = source
    fix = rule.fix
  }

  enum CodingKeys: String, CodingKey {
    case name, code, severity, file, line, column, fingerprint, key, confirmed, signs
    case publicSample = "public_sample"
    case appID = "app_id"
    case version, status
    case expiresAt = "expires_at"
    case signedBy = "signed_by"
    case appIDCertificates = "app_id_certificates"
    case commit, source, token, fix
  }
}
