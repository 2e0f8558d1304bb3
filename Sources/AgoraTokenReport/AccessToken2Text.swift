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
    let expiry = TimeText.expiry(token.expiresAt, now: now)
    let expiryText = token.expiresAt <= now ? style.red(expiry) : style.green(expiry)
    lines.append("  expires    \(TimeText.iso8601(token.expiresAt)), \(expiryText)")
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
        + TimeText.expiry(token.expiresAt, now: now) + ")"
    }
    let expiresAt = token.expiresAt(privilegeValue: privilege.value)
    let expiry = TimeText.expiry(expiresAt, now: now)
    return padded + "\(privilege.value) s (\(TimeText.duration(UInt64(privilege.value)))), "
      + "until \(TimeText.iso8601(expiresAt)), " + (expiresAt <= now ? style.red(expiry) : expiry)
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
