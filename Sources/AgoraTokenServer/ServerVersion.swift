/// The version `agtoken serve --version` prints; the same as `agtoken --version`.
///
/// `agtoken` carries its own copy (`AgTokenVersion.current`) because it does not link the server;
/// a test checks that the two agree.
public enum ServerVersion {
  /// The release, for example `0.1.0`.
  public static let current = "0.1.0"
}
