import AgoraToken

extension AccessToken2 {
  /// The RTC services whose joinChannel privilege (1) has a lifetime of its own: a non-zero value
  /// in seconds from `issue_ts` (0 inherits the token's `expire`, `RtcTokenBuilder2.js`). The
  /// join-timing rules (AT204, AT216, AT217) read only these. Lazy: the rules run for every
  /// line of a batch, and most tokens have no timed join at all.
  var timedJoins: some Sequence<(index: Int, service: Service, join: UInt32)> {
    services.lazy.enumerated().compactMap { index, service in
      guard service.type == .rtc, let join = service.privilege(1), join != 0 else { return nil }
      return (index, service, join)
    }
  }
}
