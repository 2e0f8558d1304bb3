/// A decoded Agora token of any supported version.
public enum AnyToken: Hashable, Sendable {
  /// A 007 AccessToken2.
  case accessToken2(AccessToken2)

  /// The version prefix as it appears in the token text (`"007"`, ...).
  public var version: String {
    switch self {
    case .accessToken2(let token): token.version
    }
  }

  /// The app id the token names.
  public var appID: String {
    switch self {
    case .accessToken2(let token): token.appID
    }
  }
}
