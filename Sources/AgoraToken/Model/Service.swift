/// One privilege of a 007 service: an id and a lifetime in seconds relative to `issue_ts`.
///
/// A value of 0 means the privilege has no limit of its own and lasts as long as the token
/// (`nodejs/src/RtcTokenBuilder2.js` comments; `parse.py` misreads it as already expired).
public struct Privilege: Hashable, Sendable {
  /// The privilege id (for RTC: 1 joinChannel, 2 publishAudioStream, 3 publishVideoStream, 4 publishDataStream).
  public var id: UInt16
  /// Seconds relative to `issue_ts`; 0 inherits the token's expiry.
  public var value: UInt32

  /// Creates a privilege.
  public init(id: UInt16, value: UInt32) {
    self.id = id
    self.value = value
  }
}

/// The RTM2 permission entries for one resource type.
///
/// Source: `ServiceRtm2.pack` in `python3/src/AccessToken2.py`.
public struct RTM2ResourcePermissions: Hashable, Sendable {
  /// 0 messageChannels, 1 streamChannels, 2 groupChannels, 3 serverGroups, 4 users.
  public var resourceType: UInt16
  /// For each permission type (0 read, 1 write), the resources it covers, in wire order.
  public var permissions: [(permissionType: UInt16, resources: [String])]

  /// Creates an entry.
  public init(resourceType: UInt16, permissions: [(permissionType: UInt16, resources: [String])]) {
    self.resourceType = resourceType
    self.permissions = permissions
  }

  /// Compares type numbers and resource lists.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.resourceType == rhs.resourceType && lhs.permissions.count == rhs.permissions.count
      && zip(lhs.permissions, rhs.permissions).allSatisfy {
        $0.permissionType == $1.permissionType && $0.resources == $1.resources
      }
  }

  /// Hashes type numbers and resource lists.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(resourceType)
    for entry in permissions {
      hasher.combine(entry.permissionType)
      hasher.combine(entry.resources)
    }
  }

  /// The reference name of an RTM2 resource type, or `nil` for an unknown number.
  public static func resourceTypeName(_ type: UInt16) -> String? {
    switch type {
    case 0: "messageChannels"
    case 1: "streamChannels"
    case 2: "groupChannels"
    case 3: "serverGroups"
    case 4: "users"
    default: nil
    }
  }

  /// The reference name of an RTM2 permission type, or `nil` for an unknown number.
  public static func permissionTypeName(_ type: UInt16) -> String? {
    switch type {
    case 0: "read"
    case 1: "write"
    default: nil
    }
  }
}

/// The fields that follow the privilege map, by service type.
///
/// Source: `Service*.pack` / `unpack` in `python3/src/AccessToken2.py`; field names as in
/// `shared/vectors/README.md`.
public enum ServiceFields: Hashable, Sendable {
  /// RTC: channel name and uid text (`""` is uid 0, any user).
  case rtc(channelName: String, uid: String)
  /// RTM: the user id.
  case rtm(userID: String)
  /// Streaming: channel name and account (`""` for 0).
  case streaming(channelName: String, account: String)
  /// FPA: no fields.
  case fpa
  /// Chat: the user id (`""` in an app token).
  case chat(userID: String)
  /// FCDN: channel name and account.
  case fcdn(channelName: String, account: String)
  /// APaaS: room uuid, user uuid and the signed role (-1 when not given).
  case apaas(roomUUID: String, userUUID: String, role: Int16)
  /// RTM2: user id and resource permissions in wire order.
  case rtm2(userID: String, permissions: [RTM2ResourcePermissions])
}

/// A decoded 007 service: its type, its privileges in wire order, and its own fields.
public struct Service: Hashable, Sendable {
  /// The service type.
  public var type: ServiceType
  /// The privileges, in the order the token stores them (builders write ids ascending; Java may not).
  public var privileges: [Privilege]
  /// The type-specific fields.
  public var fields: ServiceFields

  /// Creates a service.
  public init(type: ServiceType, privileges: [Privilege], fields: ServiceFields) {
    self.type = type
    self.privileges = privileges
    self.fields = fields
  }

  /// The value of privilege `id`, or `nil` when the service does not carry it.
  public func privilege(_ id: UInt16) -> UInt32? {
    privileges.first(where: { $0.id == id })?.value
  }
}
