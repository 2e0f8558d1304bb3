/// RTM2 resource-level permissions, as the reference's `ServiceRtm2.Permissions` collects them.
///
/// Source: `ServiceRtm2.Permissions` in `python3/src/AccessToken2.py`: `add` sets (replaces) the
/// resource list of one resource type and permission type; `pack` writes resource types and
/// permission types in ascending order and each list in insertion order.
public struct RTM2Permissions: Sendable, Equatable {
  /// Resource type 0.
  public static let messageChannels: UInt16 = 0
  /// Resource type 1.
  public static let streamChannels: UInt16 = 1
  /// Resource type 2.
  public static let groupChannels: UInt16 = 2
  /// Resource type 3.
  public static let serverGroups: UInt16 = 3
  /// Resource type 4.
  public static let users: UInt16 = 4
  /// Permission type 0.
  public static let read: UInt16 = 0
  /// Permission type 1.
  public static let write: UInt16 = 1

  private var details: [UInt16: [UInt16: [String]]] = [:]

  /// No permissions (the RTM2 service then packs a resource type count of 0).
  public init() {}

  /// Sets the resources for one resource type and permission type, replacing an earlier list.
  /// Unknown type numbers are allowed; the parsers accept them.
  public mutating func add(resourceType: UInt16, permissionType: UInt16, resources: [String]) {
    details[resourceType, default: [:]][permissionType] = resources
  }

  /// Whether no permission was added.
  public var isEmpty: Bool { details.isEmpty }

  /// The permissions in wire order: resource types ascending, permission types ascending.
  public var entries: [RTM2ResourcePermissions] {
    details.keys.sorted().map { resourceType in
      let permissions = details[resourceType] ?? [:]
      return RTM2ResourcePermissions(
        resourceType: resourceType,
        permissions: permissions.keys.sorted().map { ($0, permissions[$0] ?? []) })
    }
  }

  /// The type number of a resource type name (`messageChannels`, `streamChannels`,
  /// `groupChannels`, `serverGroups`, `users`; case and `-`/`_` ignored), or `nil`.
  public static func resourceType(named name: String) -> UInt16? {
    let key = normalized(name)
    return (0...4).map(UInt16.init).first { type in
      RTM2ResourcePermissions.resourceTypeName(type).map(normalized) == key
    }
  }

  /// The type number of a permission type name (`read`, `write`), or `nil`.
  public static func permissionType(named name: String) -> UInt16? {
    let key = normalized(name)
    return (0...1).map(UInt16.init).first { type in
      RTM2ResourcePermissions.permissionTypeName(type).map(normalized) == key
    }
  }

  private static func normalized(_ name: String) -> String {
    String(name.lowercased().filter { $0 != "-" && $0 != "_" })
  }
}
