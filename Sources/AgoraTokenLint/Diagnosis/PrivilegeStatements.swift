import AgoraToken

/// Statements about which privileges an RTC token grants and how 006 privilege values are set.
///
/// Source: `RtcTokenBuilder2.build_token_with_uid` (publisher = joinChannel + publish privileges
/// 2, 3, 4; subscriber = joinChannel only) and `AccessToken.py` (006 privilege values are absolute
/// Unix times; 0 = no expiry of its own), `shared/cases/README.md` ("Diagnosis vocabulary").
enum PrivilegeStatements {
  static let publishIDs: [UInt16] = [2, 3, 4]

  static func statements(_ facts: DiagnosisFacts) -> [Diagnosis] {
    rtcPrivileges(facts) + values006(facts)
  }

  static func rtcPrivileges(_ facts: DiagnosisFacts) -> [Diagnosis] {
    var sets: [(ids: [UInt16], field: FieldPath)] = []
    if let token = facts.token2 {
      for (index, service) in token.services.enumerated() where service.type == .rtc {
        sets.append((service.privileges.map(\.id), .serviceField(index, .privileges)))
      }
    } else if let token = facts.token006, !token.hasRTMLogin,
      token.hasRTCPrivileges || token.privileges.isEmpty || facts.context.product == .rtc
    {
      sets.append((token.privileges.map(\.id), .token(.privileges)))
    }
    var result: [Diagnosis] = []
    for set in sets {
      if !set.ids.contains(1) {
        let granted = set.ids.map { AccessToken006.privilegeName($0) ?? "privilege \($0)" }
        result.append(
          Diagnosis(
            "no_join_channel_privilege",
            "the RTC token has no joinChannel privilege (1)"
              + (granted.isEmpty ? "" : "; it grants only \(granted.joined(separator: ", "))")
              + ": joining a channel with it fails; build it with a role (publisher or subscriber) instead of single privileges",
            field: set.field))
      } else if facts.context.builtFor.role == .publisher,
        !set.ids.contains(where: { publishIDs.contains($0) })
      {
        result.append(
          Diagnosis(
            "no_publish_privileges",
            "the token server meant to build a publisher token, but the token grants joinChannel only, without publishAudioStream, publishVideoStream or publishDataStream (2, 3, 4): check the role passed to the builder",
            field: set.field))
      }
    }
    return result
  }

  static func values006(_ facts: DiagnosisFacts) -> [Diagnosis] {
    guard let token = facts.token006 else { return [] }
    var result: [Diagnosis] = []
    let zero = token.privileges.filter { $0.value == 0 }
    if let first = zero.first {
      result.append(
        Diagnosis(
          "privilege_expiry_zero",
          "privilege \(names(zero)) is 0: no absolute expiry was set; a 006 privilege value is the Unix time at which it ends",
          field: .privilege006(first.id)))
    }
    let late = TimeLimits.late006Privileges(token)
    if let first = late.first {
      result.append(
        Diagnosis(
          "privilege_expiry_over_24h_after_issue",
          "privilege \(names(late)) expires at \(TimeLimits.iso(UInt64(first.value))), more than 24 hours after the estimated issue time \(TimeLimits.iso(token.issuedAtEstimate)) (ts - 86400): check the expiry arithmetic (a lifetime added twice, or milliseconds)",
          field: .privilege006(first.id)))
    }
    let small = token.privileges.filter {
      $0.value != 0 && UInt64($0.value) < TimeLimits.absoluteThreshold
    }
    if let first = small.first {
      result.append(
        Diagnosis(
          "privilege_expiry_looks_like_duration",
          "privilege \(names(small)) is \(first.value), below 1000000000: a duration or enum landed where 006 expects an absolute Unix time, so it lies in \(TimeLimits.iso(UInt64(first.value)).prefix(4)); pass now + lifetime",
          field: .privilege006(first.id)))
    }
    return result
  }

  static func names(_ privileges: [Privilege]) -> String {
    privileges.map { privilege in
      AccessToken006.privilegeName(privilege.id).map { "\(privilege.id) (\($0))" }
        ?? String(privilege.id)
    }.joined(separator: ", ")
  }
}
