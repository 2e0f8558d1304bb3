import AgoraToken

/// Statements about time: expiry at the failure time, clock skew, and lifetimes that hold
/// absolute Unix times.
///
/// Source: "Expiry rules used for the time statements" in `shared/cases/README.md`: a 007 token is
/// expired when `issue_ts + expire` or any non-zero privilege expiry (`issue_ts + value`) is not
/// after the failure time; a 006 token when `ts` or any non-zero privilege value is not after it.
/// A 007 token is also dead more than 24 hours after `issue_ts` (``DayCap``, shared with AT207
/// `token_expired_24h_cap`): when that limit came before anything else ended, `expired_by_24h_cap`
/// is stated instead of `expired_before_failure_time`, and never `not_expired_at_failure_time`.
enum TimeStatements {
  /// Lifetimes up to this many seconds count as "a small positive duration" (31 days).
  static let smallDuration: UInt64 = 31 * 86_400

  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    failureTime(facts) + lifetimes(facts)
  }

  static func failureTime(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let now = facts.context.failureTime else { return [] }
    // Without --now the clock is the time judged: say so, it is not the time the client failed.
    let moment =
      facts.context.failureTimeIsClock
      ? "now (the clock, \(TimeLimits.iso(now)); give --now for the failure time)"
      : "the failure time \(TimeLimits.iso(now))"
    // What ended first (what, when, JSON pointer): the token itself or a privilege, the earliest
    // (the token on a tie), or for 007 Agora's 24-hour limit when it came before both. Only it is
    // named, so later ones are not even labelled. An end counts once it is `leeway` past, as in
    // the lint time rules.
    let leeway = facts.leeway
    // Labels are built for the one named only: this runs for every input of a batch.
    var expired: (end: UInt64, field: FieldPath)?
    var issuedAfter: UInt64?
    var cappedAt: UInt64?
    if let token = facts.token2 {
      keepEarlier(&expired, token.expiresAt, .token(.expiresAt), passedBy: now, leeway: leeway)
      for (index, service) in token.services.enumerated() {
        for privilege in service.privileges where privilege.value != 0 {
          keepEarlier(
            &expired, token.expiresAt(privilegeValue: privilege.value),
            .privilege(service: index, id: privilege.id), passedBy: now, leeway: leeway)
        }
      }
      if UInt64(token.issueTs) > now, UInt64(token.issueTs) - now > leeway {
        issuedAfter = UInt64(token.issueTs)
      }
      if DayCap.ends(token, at: now, leeway: leeway),
        expired.map({ DayCap.endsAt(token) < $0.end }) ?? true
      {
        cappedAt = DayCap.endsAt(token)
        expired = nil
      }
    } else if let token = facts.token006 {
      keepEarlier(&expired, token.expiresAt, .token(.ts), passedBy: now, leeway: leeway)
      for privilege in token.privileges where privilege.value != 0 {
        keepEarlier(
          &expired, UInt64(privilege.value), .privilege006(privilege.id), passedBy: now,
          leeway: leeway)
      }
    } else {
      return []
    }
    var result: [Diagnosis] = []
    if let (end, field) = expired, let what = label(field, facts) {
      result.append(
        Diagnosis(
          "expired_before_failure_time",
          "\(what) expired at \(TimeLimits.iso(end)), \(TimeLimits.duration(now - end)) before \(moment): request a new token and renew it before it expires",
          field: field))
    }
    if let issued = issuedAfter {
      result.append(
        Diagnosis(
          "issue_ts_after_failure_time",
          "the token was issued at \(TimeLimits.iso(issued)), \(TimeLimits.duration(issued - now)) after \(moment): the clocks of the token server and the client disagree; synchronise the token server's clock (NTP)",
          field: .token(.issueTs)))
    }
    if let cap = cappedAt, let token = facts.token2 {
      result.append(
        Diagnosis(
          "expired_by_24h_cap",
          "the token was issued at \(TimeLimits.iso(UInt64(token.issueTs))) and passed Agora's 24-hour limit at \(TimeLimits.iso(cap)), \(TimeLimits.duration(now - cap)) before \(moment): Agora rejects a token a day after issue whatever its expire (\(TimeLimits.iso(token.expiresAt))) says; request a new token at least daily",
          field: .token(.issueTs)))
    }
    if expired == nil && issuedAfter == nil && cappedAt == nil {
      // One interpolation per branch: this statement is made for most inputs of a batch.
      let message: String
      if let token = facts.token2, let cap = token.dayCapEndsBeforeExpiry {
        message =
          "at \(moment) the token was issued and still valid (Agora's 24-hour limit ends it at \(TimeLimits.iso(cap))): expiry is not the cause"
      } else {
        let end = facts.token2?.expiresAt ?? facts.token006?.expiresAt ?? 0
        // Past its expiry but within the leeway, the time rules count it valid; say both.
        let leeway =
          end <= now
          ? ", past but within the leeway of \(TimeLimits.duration(facts.leeway))" : ""
        message =
          "at \(moment) the token was issued and still valid (it expires at \(TimeLimits.iso(end))\(leeway)): expiry is not the cause"
      }
      result.append(Diagnosis("not_expired_at_failure_time", message))
    }
    return result
  }

  /// Keeps in `earliest` the end that passed first (`leeway` beyond it, by `now`); an earlier
  /// candidate wins a tie.
  private static func keepEarlier(
    _ earliest: inout (end: UInt64, field: FieldPath)?, _ end: UInt64, _ field: FieldPath,
    passedBy now: UInt64, leeway: UInt64
  ) {
    guard end + leeway <= now else { return }
    if let current = earliest, current.end <= end { return }
    earliest = (end, field)
  }

  /// How the statement names what `field` points at: "the token", "the token (ts)", or the
  /// privilege ("RTC joinChannel", "joinChannel" for 006).
  private static func label(_ field: FieldPath, _ facts: DiagnosisFacts) -> String? {
    switch field {
    case .token(.ts): return "the token (ts)"
    case .token: return "the token"
    case .privilege(let index, let id):
      guard let services = facts.token2?.services, services.indices.contains(index) else {
        return nil
      }
      let service = services[index]
      return "\(service.type) \(service.type.privilegeName(id) ?? "privilege \(id)")"
    case .privilege006(let id): return AccessToken006.privilegeName(id) ?? "privilege \(id)"
    default: return nil
    }
  }

  static func lifetimes(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let token = facts.token2 else { return [] }
    var result: [Diagnosis] = []
    if TimeLimits.looksAbsolute(token.expire) {
      let lasts =
        token.dayCapEndsBeforeExpiry.map {
          "the token reads as lasting until \(TimeLimits.iso(token.expiresAt)), but Agora's 24-hour limit ends it at \(TimeLimits.iso($0))"
        } ?? "the token lasts until \(TimeLimits.iso(token.expiresAt))"
      result.append(
        Diagnosis(
          "lifetime_looks_like_unix_timestamp",
          "expire is \(token.expire), an absolute Unix time (\(TimeLimits.iso(UInt64(token.expire)))) where 007 expects seconds from issue_ts: \(lasts); pass the lifetime in seconds\(facts.lintNote("expire_looks_absolute"))",
          field: .token(.expire)))
    }
    for (index, service) in token.services.enumerated() {
      guard let privilege = service.privileges.first(where: { TimeLimits.looksAbsolute($0.value) })
      else { continue }
      result.append(
        Diagnosis(
          "privilege_looks_like_unix_timestamp",
          "\(service.type) privilege \(privilege.id) is \(privilege.value), an absolute Unix time where 007 expects seconds from issue_ts: pass the privilege lifetime in seconds\(facts.lintNote("privilege_looks_absolute"))",
          field: .privilege(service: index, id: privilege.id)))
      break
    }
    if token.expire > token.issueTs,
      UInt64(token.expire - token.issueTs) <= smallDuration
    {
      let duration = UInt64(token.expire - token.issueTs)
      result.append(
        Diagnosis(
          "lifetime_is_issue_ts_plus_duration",
          "expire minus issue_ts is \(duration) s (\(TimeLimits.duration(duration))): the builder got now + \(duration) instead of \(duration); pass the duration alone",
          field: .token(.expire)))
    }
    return result
  }
}
