/// Packs one 007 service the way the reference's `Service*.pack` methods do.
///
/// Source: `Service.pack`, `ServiceRtc.pack` ... `ServiceRtm2.pack` in `python3/src/AccessToken2.py`:
/// `uint16 type + pack_map_uint32(privileges sorted by id) + type-specific fields`. Privileges with
/// the same id keep the last value (the reference stores them in a dict); RTM2 permissions are
/// written with resource and permission types ascending, a repeated pair keeping the last list
/// (`Permissions.add` replaces).
enum ServicePacker {
  /// Appends `service` to `writer`.
  /// - Parameter label: how errors name the service, for example `service 2 (RTM)`.
  /// - Throws: ``BuildError`` of kind `fields_mismatch`, `string_too_long` or `too_many_entries`.
  static func pack(_ service: Service, label: String, into writer: inout ByteWriter)
    throws(BuildError)
  {
    try checkFields(service, label: label)
    writer.write(service.type.rawValue)
    let privileges = normalizedPrivileges(service.privileges)
    try checkCount(privileges.count, field: "\(label) privileges")
    writer.write(UInt16(privileges.count))
    for privilege in privileges {
      writer.write(privilege.id)
      writer.write(privilege.value)
    }
    try packFields(service.fields, label: label, into: &writer)
  }

  /// Privileges sorted by id, ascending; for a repeated id the last value wins.
  static func normalizedPrivileges(_ privileges: [Privilege]) -> [Privilege] {
    var byID: [UInt16: UInt32] = [:]
    for privilege in privileges { byID[privilege.id] = privilege.value }
    return byID.keys.sorted().compactMap { id in byID[id].map { Privilege(id: id, value: $0) } }
  }

  /// RTM2 permissions as the reference packs them: resource types ascending, permission types
  /// ascending within each, a repeated pair keeping its last resource list.
  static func normalizedPermissions(_ entries: [RTM2ResourcePermissions])
    -> [RTM2ResourcePermissions]
  {
    var permissions = RTM2Permissions()
    for entry in entries {
      for permission in entry.permissions {
        permissions.add(
          resourceType: entry.resourceType, permissionType: permission.permissionType,
          resources: permission.resources)
      }
    }
    return permissions.entries
  }

  private static func checkFields(_ service: Service, label: String) throws(BuildError) {
    let given = fieldsName(service.fields)
    // A type the reference does not know packs like its base Service: type and privileges only.
    let needed = service.type.isKnown ? (service.type.name ?? "FPA") : "FPA"
    guard given != needed else { return }
    let shape =
      service.type.isKnown
      ? "\(needed) fields"
      : "no fields (.fpa), because only the type and privileges of an unknown type are packed"
    throw BuildError(
      .fieldsMismatch, field: label,
      "\(label) carries \(given) fields, but type \(service.type.rawValue) needs \(shape)")
  }

  private static func fieldsName(_ fields: ServiceFields) -> String {
    switch fields {
    case .rtc: "RTC"
    case .rtm: "RTM"
    case .streaming: "Streaming"
    case .fpa: "FPA"
    case .chat: "Chat"
    case .fcdn: "FCDN"
    case .apaas: "APaaS"
    case .rtm2: "RTM2"
    }
  }

  private static func packFields(
    _ fields: ServiceFields, label: String, into writer: inout ByteWriter
  ) throws(BuildError) {
    switch fields {
    case .rtc(let channelName, let uid):
      try string(channelName, "\(label) channel_name", &writer)
      try string(uid, "\(label) uid", &writer)
    case .rtm(let userID), .chat(let userID):
      try string(userID, "\(label) user_id", &writer)
    case .streaming(let channelName, let account), .fcdn(let channelName, let account):
      try string(channelName, "\(label) channel_name", &writer)
      try string(account, "\(label) account", &writer)
    case .fpa:
      break
    case .apaas(let roomUUID, let userUUID, let role):
      try string(roomUUID, "\(label) room_uuid", &writer)
      try string(userUUID, "\(label) user_uuid", &writer)
      writer.write(role)
    case .rtm2(let userID, let permissions):
      try string(userID, "\(label) user_id", &writer)
      try packPermissions(permissions, label: label, into: &writer)
    }
  }

  private static func packPermissions(
    _ permissions: [RTM2ResourcePermissions], label: String, into writer: inout ByteWriter
  ) throws(BuildError) {
    let entries = normalizedPermissions(permissions)
    try checkCount(entries.count, field: "\(label) permissions")
    writer.write(UInt16(entries.count))
    for entry in entries {
      let field = "\(label) permissions[\(entry.resourceType)]"
      try checkCount(entry.permissions.count, field: field)
      writer.write(entry.resourceType)
      writer.write(UInt16(entry.permissions.count))
      for permission in entry.permissions {
        let listField = "\(field)[\(permission.permissionType)]"
        try checkCount(permission.resources.count, field: listField)
        writer.write(permission.permissionType)
        writer.write(UInt16(permission.resources.count))
        for resource in permission.resources {
          try string(resource, "\(listField) resource", &writer)
        }
      }
    }
  }

  private static func string(_ text: String, _ field: String, _ writer: inout ByteWriter)
    throws(BuildError)
  {
    do {
      try writer.writePacked(text, field: field)
    } catch {
      throw BuildError(
        .stringTooLong, field: field,
        "\(field) is \(text.utf8.count) bytes in UTF-8; a token string holds at most 65535 bytes")
    }
  }

  static func checkCount(_ count: Int, field: String) throws(BuildError) {
    guard count <= Int(UInt16.max) else {
      throw BuildError(
        .tooManyEntries, field: field,
        "\(field) has \(count) entries; a token can hold at most 65535")
    }
  }
}
