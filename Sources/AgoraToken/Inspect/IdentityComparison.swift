/// Compares a decoded token with the client's identity (channel, uid or account, app id).
public enum IdentityComparison {
  /// The comparisons that apply to `token`; empty when `identity` is empty.
  public static func compare(_ token: AnyToken, with identity: ClientIdentity) -> [IdentityCheck] {
    []
  }
}
