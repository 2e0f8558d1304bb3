/// A decoded Agora token of any supported version.
public enum AnyToken: Hashable, Sendable {
  /// A 007 AccessToken2.
  case accessToken2(AccessToken2)
  /// A 006 AccessToken (v1).
  case accessToken006(AccessToken006)
  /// A key of a format before AccessToken (005, 004, 003, DynamicKey2, DynamicKey, signaling).
  case legacy(LegacyToken)

  /// The version prefix as it appears in the token text (`"007"`, `"006"`, `"005"`, `"1"` for a
  /// signaling token), or `""` for DynamicKey2 and DynamicKey, which have none.
  public var version: String {
    switch self {
    case .accessToken2(let token): token.version
    case .accessToken006(let token): token.version
    case .legacy(let token): token.version ?? ""
    }
  }

  /// The app id the token names.
  public var appID: String {
    switch self {
    case .accessToken2(let token): token.appID
    case .accessToken006(let token): token.appID
    case .legacy(let token): token.appID
    }
  }

  /// The format's name for people: `AccessToken2 (007)`, `AccessToken (006)`, `DynamicKey4 (004)`, ...
  public var formatName: String {
    switch self {
    case .accessToken2: "AccessToken2 (007)"
    case .accessToken006: "AccessToken (006)"
    case .legacy(let token): token.formatName
    }
  }
}
