import AgoraToken

/// Agora's 24-hour cap: the servers reject a 007 token a day after `issue_ts`, whatever its
/// `expire` says ("dynamic key or token timeout").
///
/// One fact, read by AT207 `token_expired_24h_cap` and by the diagnosis statement
/// `expired_by_24h_cap`, so that lint and diagnosis cannot disagree.
///
/// Source: Agora's token authentication guide (a token is valid for at most 24 hours) and the
/// `RtcTokenBuilder2` docstrings (`python3/src/RtcTokenBuilder2.py`).
enum DayCap {
  /// When the cap ends `token`, Unix seconds: `issue_ts + 86400`.
  static func endsAt(_ token: AccessToken2) -> UInt64 { token.dayCapEndsAt }

  /// Whether the cap ended `token` by `now`: it comes before `issue_ts + expire` and has passed
  /// (beyond `leeway`). It stays true after the token's own expiry, which the cap preceded.
  static func ends(_ token: AccessToken2, at now: UInt64, leeway: UInt64 = 0) -> Bool {
    guard let cap = token.dayCapEndsBeforeExpiry else { return false }
    return cap + leeway <= now
  }
}
