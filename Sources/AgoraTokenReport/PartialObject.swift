import AgoraToken

/// The fields recovered from a damaged token, in the shape of `expected.partial` in
/// `shared/cases/real-world.json`.
struct PartialObject: ReportObject {
  let partial: PartialDecode

  init(_ partial: PartialDecode) { self.partial = partial }

  typealias Key = NamedKey

  func encode(into container: inout KeyedEncodingContainer<Key>) throws {
    try container.encode(partial.stopsIn, forKey: Key("stops_in"))
    try container.encode(partial.recoveredBytes, forKey: Key("recovered_payload_bytes"))
    try container.encode(partial.fieldsRead, forKey: Key("fields_read"))
    if case .accessToken006(let token) = partial.token {
      try encode006(token, into: &container)
      return
    }
    guard case .accessToken2(let token) = partial.token else { return }
    try container.encode(token.version, forKey: Key("version"))
    let read = Set(partial.fieldsRead)
    if read.contains("signature") {
      try container.encode(token.signature.count, forKey: Key("signature_length"))
    }
    if read.contains("app_id") { try container.encode(token.appID, forKey: Key("app_id")) }
    if read.contains("issue_ts") { try container.encode(token.issueTs, forKey: Key("issue_ts")) }
    if read.contains("expire") { try container.encode(token.expire, forKey: Key("expire")) }
    if read.contains("salt") { try container.encode(token.salt, forKey: Key("salt")) }
    if read.contains("service_count") {
      try container.encode(token.serviceCount, forKey: Key("service_count"))
    }
    var services: [PendingObject] = token.services.map { service in
      PendingObject(
        type: service.type.rawValue, name: service.type.name,
        privileges: Dictionary(
          service.privileges.map { (String($0.id), $0.value) },
          uniquingKeysWith: { _, last in last }),
        fields: [], cutField: nil)
    }
    if let pending = partial.pendingService {
      var cut: (String, Int, String)?
      if let declared = partial.declaredLength, let bytes = partial.partialBytes {
        cut = (partial.stopsIn, declared, String(decoding: bytes, as: UTF8.self))
      }
      services.append(
        PendingObject(
          type: pending.type.rawValue, name: pending.type.name,
          privileges: pending.privileges.map { list in
            Dictionary(
              list.map { (String($0.id), $0.value) }, uniquingKeysWith: { _, last in last })
          }, fields: pending.fields, cutField: cut))
    }
    if read.contains("service_count") {
      try container.encode(objects: services, forKey: Key("services"))
    }
  }

  /// A damaged 006 token: the app id (in clear) and the content fields read before the damage.
  private func encode006(_ token: AccessToken006, into container: inout KeyedEncodingContainer<Key>)
    throws
  {
    try container.encode(token.version, forKey: Key("version"))
    let read = Set(partial.fieldsRead)
    if read.contains("app_id") { try container.encode(token.appID, forKey: Key("app_id")) }
    if read.contains("signature") {
      try container.encode(token.signature.count, forKey: Key("signature_length"))
    }
    if read.contains("crc_channel_name") {
      try container.encode(token.crcChannelName, forKey: Key("crc_channel_name"))
    }
    if read.contains("crc_uid") { try container.encode(token.crcUID, forKey: Key("crc_uid")) }
    if read.contains("salt") { try container.encode(token.salt, forKey: Key("salt")) }
    if read.contains("ts") { try container.encode(token.ts, forKey: Key("ts")) }
    if read.contains("privileges") {
      try container.encode(
        Dictionary(
          token.privileges.map { (String($0.id), $0.value) }, uniquingKeysWith: { _, last in last }),
        forKey: Key("privileges"))
    }
    if let declared = partial.declaredLength, let bytes = partial.partialBytes {
      try container.encode(declared, forKey: Key("\(partial.stopsIn)_length"))
      try container.encode(bytes.count, forKey: Key("\(partial.stopsIn)_bytes_present"))
    }
  }

  struct PendingObject: ReportObject {
    let type: UInt16
    let name: String?
    let privileges: [String: UInt32]?
    let fields: [(name: String, value: String)]
    let cutField: (name: String, declared: Int, partial: String)?

    func encode(into container: inout KeyedEncodingContainer<Key>) throws {
      try container.encode(type, forKey: Key("type"))
      try container.encodeOrNull(name, forKey: Key("name"))
      try container.encodeIfPresent(privileges, forKey: Key("privileges"))
      for field in fields { try container.encode(field.value, forKey: Key(field.name)) }
      if let cut = cutField {
        try container.encode(cut.declared, forKey: Key("\(cut.name)_length"))
        try container.encode(cut.partial, forKey: Key("\(cut.name)_partial"))
      }
    }
  }
}
