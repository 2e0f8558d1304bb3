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
    let small = token.privileges.filter {
      $0.value != 0 && UInt64($0.value) < TimeLimits.absoluteThreshold
    }
    return [
      statement("privilege_expiry_zero", about: token.privileges.filter { $0.value == 0 }) {
        names, _ in
        "privilege \(names) is 0: no absolute expiry was set; a 006 privilege value is the Unix time at which it ends"
      },
      statement(
        "privilege_expiry_over_24h_after_issue", about: TimeLimits.late006Privileges(token)
      ) { names, first in
        "privilege \(names) expires at \(TimeLimits.iso(UInt64(first.value))), more than 24 hours after the estimated issue time \(TimeLimits.iso(token.issuedAtEstimate)) (ts - 86400): check the expiry arithmetic (a lifetime added twice, or milliseconds)"
      },
      statement("privilege_expiry_looks_like_duration", about: small) { names, first in
        "privilege \(names) is \(first.value), below 1000000000: a duration or enum landed where 006 expects an absolute Unix time, so it lies in \(TimeLimits.iso(UInt64(first.value)).prefix(4)); pass now + lifetime"
      },
    ].compactMap { $0 }
  }

  /// The statement `name` about `privileges`, worded from their names and the first of them and
  /// pointing at it; `nil` when there are none.
  private static func statement(
    _ name: String, about privileges: [Privilege], _ message: (String, Privilege) -> String
  ) -> Diagnosis? {
    guard let first = privileges.first else { return nil }
    return Diagnosis(name, message(names(privileges), first), field: .privilege006(first.id))
  }

  static func names(_ privileges: [Privilege]) -> String {
    privileges.map { privilege in
      AccessToken006.privilegeName(privilege.id).map { "\(privilege.id) (\($0))" }
        ?? String(privilege.id)
    }.joined(separator: ", ")
  }
}
