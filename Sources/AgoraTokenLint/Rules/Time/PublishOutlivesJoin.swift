import AgoraToken

/// AT216 `publish_outlives_join`: an RTC publish privilege lasts longer than joinChannel.
///
/// Source: `RtcTokenBuilder2.build_token_with_uid_and_privilege` in
/// `python3/src/RtcTokenBuilder2.py`: a user is removed from the channel when joinChannel expires,
/// so publishing beyond it is impossible.
struct PublishOutlivesJoin: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT216", name: "publish_outlives_join", severity: .warning, category: .time,
    structural: true,
    summary:
      "An RTC publish privilege lasts longer than joinChannel.",
    explanation:
      "When joinChannel expires the user leaves the channel, so a longer publish privilege (2, 3 or 4) never takes effect. A value of 0 inherits the token expiry, which is longer than a non-zero join.",
    fix:
      "Give joinChannel the longest lifetime, and publish privileges the same or shorter.",
    source: RuleSource.rtcBuilder2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2 else { return [] }
    var findings: [Finding] = []
    for (index, service, join) in token.timedJoins {
      for privilege in service.privileges where (2...4).contains(privilege.id) {
        guard privilege.value == 0 || privilege.value > join else { continue }
        let lasts =
          privilege.value == 0
          ? "0 (the token's expiry, \(Self.seconds(token.expire)))"
          : Self.seconds(privilege.value)
        findings.append(
          descriptor.finding(
            "\(service.privilegeLabel(privilege.id)) lasts \(lasts), longer than joinChannel's \(Self.seconds(join))",
            field: .privilege(service: index, id: privilege.id), value: .number(privilege.value),
            expected: .number(join), unit: .seconds))
      }
    }
    return findings
  }

  /// A lifetime as the other time rules write it: `1200 seconds (20m)`.
  private static func seconds(_ value: UInt32) -> String {
    "\(value) seconds (\(TimeLimits.duration(UInt64(value))))"
  }
}
