import AgoraToken

extension TextRenderer {
  func accessToken2Lines(_ token: AccessToken2) -> [String] {
    var lines: [String] = []
    lines.append("  version    007 (AccessToken2)")
    lines.append("  app_id     \(token.appID)")
    let issued = UInt64(token.issueTs)
    lines.append("  issued     \(TimeText.iso8601(issued)) (issue_ts \(token.issueTs))")
    lines.append(
      "  lifetime   \(TimeText.duration(UInt64(token.expire))) (expire \(token.expire) s)")
    lines.append(
      "  expires    \(TimeText.iso8601(token.expiresAt)), \(endText(token.expiresAt, of: token))")
    lines.append("  salt       \(token.salt)")
    lines.append("  services   \(token.serviceCount)")
    for (index, service) in token.services.enumerated() {
      lines.append(
        "  [\(index + 1)] " + style.bold(service.type.name ?? "type \(service.type.rawValue)")
          + fieldText(service.fields))
      for privilege in service.privileges {
        lines.append("      " + privilegeText(privilege, of: service.type, in: token))
      }
      if service.privileges.isEmpty { lines.append("      (no privileges)") }
      if case .rtm2(_, let permissions) = service.fields {
        lines += permissionLines(permissions)
      }
    }
    if let unknown = token.unparsedService {
      lines.append(
        "  [\(token.services.count + 1)] " + style.yellow("unknown service type \(unknown.type)")
          + " at payload offset \(unknown.offset): \(unknown.bytes.count) bytes not decoded (nothing after an unknown type can be read)"
      )
    }
    return lines
  }

  private func fieldText(_ fields: ServiceFields) -> String {
    switch fields {
    case .rtc(let channel, let uid):
      return
        "  channel_name \(quoted(channel))  uid \(uid.isEmpty ? "\"\" (uid 0: any user)" : quoted(uid))"
    case .rtm(let user), .chat(let user):
      return "  user_id \(user.isEmpty ? "\"\" (app token)" : quoted(user))"
    case .streaming(let channel, let account), .fcdn(let channel, let account):
      return "  channel_name \(quoted(channel))  account \(quoted(account))"
    case .fpa:
      return ""
    case .apaas(let room, let user, let role):
      return "  room_uuid \(quoted(room))  user_uuid \(quoted(user))  role \(role)"
    case .rtm2(let user, _):
      return "  user_id \(quoted(user))"
    }
  }

  private func privilegeText(_ privilege: Privilege, of type: ServiceType, in token: AccessToken2)
    -> String
  {
    let name = type.privilegeName(privilege.id) ?? "unknown privilege"
    let label = "\(privilege.id) \(name)"
    let padded = label.count >= 24 ? label : label + String(repeating: " ", count: 24 - label.count)
    if privilege.value == 0 {
      return padded + "0 s: inherits the token's expiry ("
        + endText(token.expiresAt, of: token, inHeader: false) + ")"
    }
    let expiresAt = token.expiresAt(privilegeValue: privilege.value)
    return padded + "\(privilege.value) s (\(TimeText.duration(UInt64(privilege.value)))), "
      + "until \(TimeText.iso8601(expiresAt)), " + endText(expiresAt, of: token, inHeader: false)
  }

  /// How long something of `token` that ends at `end` lasts from `now`: "expires in ..." or
  /// "expired ... ago", or, when Agora's 24-hour limit comes first, that the limit ends it (when,
  /// in the header; a privilege line only points there), so that no line promises days that
  /// Agora never grants.
  private func endText(_ end: UInt64, of token: AccessToken2, inHeader: Bool = true) -> String {
    let cap = token.dayCapEndsAt
    // A privilege that outlives the token ends with it; the limit matters only when it comes
    // before both.
    let effective = min(end, token.expiresAt, cap)
    let capEnds = cap < min(end, token.expiresAt)
    var text = TimeText.expiry(effective, now: now)
    if capEnds, !inHeader {
      text = "never reached: the 24-hour limit above ends it"
    } else if capEnds {
      text =
        "never reached: Agora's 24-hour limit ends it at \(TimeText.iso8601(cap)) ("
        + (cap > now ? "in \(TimeText.duration(cap - now))" : "\(TimeText.duration(now - cap)) ago")
        + ")"
    }
    if effective <= now { return style.red(text) }
    return inHeader && !capEnds ? style.green(text) : text
  }

  private func permissionLines(_ permissions: [RTM2ResourcePermissions]) -> [String] {
    var lines: [String] = []
    for entry in permissions {
      let resource =
        RTM2ResourcePermissions.resourceTypeName(entry.resourceType)
        ?? "resource type \(entry.resourceType)"
      for permission in entry.permissions {
        let kind =
          RTM2ResourcePermissions.permissionTypeName(permission.permissionType)
          ?? "permission \(permission.permissionType)"
        lines.append(
          "      \(resource) \(kind): \(permission.resources.map(quoted).joined(separator: ", "))")
      }
    }
    return lines
  }
}
