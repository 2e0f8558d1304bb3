import AgoraToken
import ArgumentParser

/// `agtoken build rtm2`: RtmTokenBuilder2.build_token_with_permissions (RTM2 with permissions).
struct BuildRtm2Command: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rtm2",
    abstract: "RTM2 token (RtmTokenBuilder2.build_token_with_permissions).",
    discussion: """
      --permission RESOURCE:PERMISSION:NAME[,NAME...] grants PERMISSION (read, write or a number) \
      on the named resources of RESOURCE (messageChannels, streamChannels, groupChannels, \
      serverGroups, users or a number). Repeatable; repeating a RESOURCE:PERMISSION pair appends \
      to its list. Without --permission the token carries no permissions.

      EXAMPLES:
        agtoken build rtm2 --user-id alice --permission messageChannels:read:news --cert-env AGORA_APP_CERTIFICATE
      """)

  @OptionGroup var common: BuildCommonOptions

  @Option(name: .customLong("user-id"), help: "The RTM user id (user_id).")
  var userID: String

  @Option(help: "The token and login lifetime, seconds (expire).")
  var expire: UInt32 = 3600

  @Option(
    name: .customLong("permission"),
    help: ArgumentHelp("A permission grant (see below). Repeatable.", valueName: "grant"))
  var grants: [String] = []

  func validate() throws {
    _ = try Self.permissions(grants)
  }

  func run() throws {
    let permissions = try Self.permissions(grants)
    let userID = userID
    let expire = expire
    try common.emit { inputs throws(BuildError) in
      try RtmTokenBuilder2.buildTokenWithPermissions(
        appID: inputs.appID, appCertificate: inputs.certificate, userID: userID,
        permissions: permissions, expire: expire, options: inputs.options)
    }
  }

  /// Parses `--permission` grants; a repeated resource/permission pair appends to its list.
  /// - Throws: `ValidationError` for a grant that is not `RESOURCE:PERMISSION:NAMES`.
  static func permissions(_ grants: [String]) throws -> RTM2Permissions {
    var lists: [(resource: UInt16, permission: UInt16, names: [String])] = []
    for grant in grants {
      let parts = grant.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard parts.count == 3 else {
        throw ValidationError(
          "--permission \(grant): expected RESOURCE:PERMISSION:NAME[,NAME...], for example messageChannels:read:chan-a"
        )
      }
      guard
        let resource = UInt16(parts[0]) ?? RTM2Permissions.resourceType(named: String(parts[0]))
      else {
        throw ValidationError(
          "--permission \(grant): unknown resource type '\(parts[0])'; use messageChannels, streamChannels, groupChannels, serverGroups, users or a number"
        )
      }
      guard
        let permission = UInt16(parts[1])
          ?? RTM2Permissions.permissionType(named: String(parts[1]))
      else {
        throw ValidationError(
          "--permission \(grant): unknown permission type '\(parts[1])'; use read, write or a number"
        )
      }
      let names = parts[2].split(separator: ",").map(String.init)
      if let index = lists.firstIndex(where: {
        $0.resource == resource && $0.permission == permission
      }) {
        lists[index].names += names
      } else {
        lists.append((resource, permission, names))
      }
    }
    var permissions = RTM2Permissions()
    for list in lists {
      permissions.add(
        resourceType: list.resource, permissionType: list.permission, resources: list.names)
    }
    return permissions
  }
}
