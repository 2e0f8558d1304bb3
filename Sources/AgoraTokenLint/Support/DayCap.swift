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

  /// Whether the cap, not the token's own expiry, ends `token` at `now`: the cap has passed
  /// (beyond `leeway`) while `issue_ts + expire` has not.
  static func ends(_ token: AccessToken2, at now: UInt64, leeway: UInt64 = 0) -> Bool {
    let cap = endsAt(token)
    return cap < token.expiresAt && cap + leeway <= now && token.expiresAt + leeway > now
  }
}
