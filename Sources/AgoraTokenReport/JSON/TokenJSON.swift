import AgoraToken

// The fast path of the `token` member: 007 tokens write themselves in key order; 006 and legacy
// keys, rare in batches, go through their `Encodable` conformances.

extension TokenObject {
  /// Writes the token as the member `token` of `object`.
  func writeJSON(to object: ObjectWriter) throws {
    switch token {
    case .accessToken2(let token): try object.direct("token", AccessToken2Object(token, now: now))
    case .accessToken006(let token):
      try object.encoded("token", AccessToken006Object(token, now: now))
    case .legacy(let token): try object.encoded("token", LegacyTokenObject(token: token, now: now))
    }
  }
}

extension AccessToken2Object: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    try json.object(in: slot) { object in
      object.string("app_id", token.appID)
      if let cap = token.dayCapEndsBeforeExpiry {
        object.integer("day_cap_ends_at", cap)
        object.string("day_cap_ends_at_iso", TimeText.iso8601(cap))
      }
      object.integer("expire", token.expire)
      object.bool("expired", expired)
      object.integer("expires_at", token.expiresAt)
      object.string("expires_at_iso", TimeText.iso8601(token.expiresAt))
      object.integer("issue_ts", token.issueTs)
      object.integer("issued_at", UInt64(token.issueTs))
      object.string("issued_at_iso", TimeText.iso8601(UInt64(token.issueTs)))
      object.integer("salt", token.salt)
      object.integer("service_count", token.serviceCount)
      try object.directs("services", services)
      object.string("signature_hex", Hex.encode(token.signature))
      object.integer("trailing_bytes", ifPresent: token.trailingBytes?.count)
      object.string("unparsed_hex", ifPresent: unparsedHex)
      object.string("version", token.version)
    }
  }
}

extension ServiceObject: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    let parts = self.parts
    try json.object(in: slot) { object in
      object.string("account", ifPresent: parts.account)
      object.string("channel_name", ifPresent: parts.channel)
      object.stringOrNull("name", name)
      if let permissions = parts.permissions {
        try object.encoded("permissions", Self.permissionMap(permissions))
      }
      if let privilegeDetails { try object.directs("privilege_details", privilegeDetails) }
      try object.direct("privileges", ifPresent: privileges)
      if let apaas = parts.apaas {
        object.integer("role", apaas.role)
        object.string("room_uuid", apaas.room)
      }
      object.integer("type", type)
      object.string("uid", ifPresent: parts.uid)
      object.bool("unparsed", ifPresent: unparsed)
      object.string("user_id", ifPresent: parts.user)
      object.string("user_uuid", ifPresent: parts.apaas?.user)
    }
  }
}

extension PrivilegeMap: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      for (id, value) in named {
        _ = json.stream.directMember(named: id, in: object.id)
        json.stream.writeInteger(value)
      }
    }
  }
}

extension PrivilegeObject: DirectJSON {
  func writeJSON(to json: DirectWriter, in slot: JSONStream.Slot) throws {
    json.object(in: slot) { object in
      object.integer("expires_at", expiresAt)
      object.integer("id", id)
      object.bool("inherits_token_expire", inheritsTokenExpire)
      object.stringOrNull("name", name)
      object.integer("value", value)
    }
  }
}
