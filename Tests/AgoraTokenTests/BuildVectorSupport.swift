import AgoraTokenTestSupport
import Foundation

@testable import AgoraToken

/// Reads the builder inputs of a tokens-007.json vector: `inputs` first, then `expected` for
/// what the builder call fixed but `inputs` does not list.
struct BuildVector {
  let vector: FixtureCase
  let inputs: [String: Any]
  let expected: [String: Any]

  init(_ vector: FixtureCase) {
    self.vector = vector
    inputs = vector.object("inputs")
    expected = vector.object("expected")
  }

  /// The reference function named by `built_with`, for example
  /// `RtcTokenBuilder2.RtcTokenBuilder.build_token_with_uid`.
  var function: String {
    let text = (vector.string("built_with") ?? "").dropFirst("python3 ".count)
    return String(text.prefix { $0 != "(" && $0 != " " })
  }

  var isPython3: Bool { vector.string("built_with")?.hasPrefix("python3") ?? false }

  var appID: String { string("app_id") ?? (expected["app_id"] as? String ?? "") }
  var certificate: String { vector.string("app_certificate") ?? "" }
  var issueTs: UInt32 { number("issue_ts") ?? expectedNumber("issue_ts") }
  var salt: UInt32 { number("salt") ?? expectedNumber("salt") }
  var expire: UInt32 { number("token_expire") ?? number("expire") ?? expectedNumber("expire") }

  /// Reference options: the vectors include lifetimes that agtoken's own checks refuse.
  var options: BuildOptions { .reference(issueTs: issueTs, salt: salt) }

  var services: [[String: Any]] { expected["services"] as? [[String: Any]] ?? [] }

  func string(_ key: String) -> String? { inputs[key] as? String }

  func number(_ key: String) -> UInt32? { (inputs[key] as? Int).flatMap { UInt32(exactly: $0) } }

  func expectedNumber(_ key: String) -> UInt32 {
    (expected[key] as? Int).flatMap { UInt32(exactly: $0) } ?? 0
  }

  /// Privilege `id` of the first expected service of `type`.
  func privilege(_ type: Int, _ id: Int) -> UInt32? {
    let service = services.first { $0["type"] as? Int == type }
    let privileges = service?["privileges"] as? [String: Int] ?? [:]
    return privileges[String(id)].flatMap { UInt32(exactly: $0) }
  }

  /// The RTC role: the input, or publisher when the expected RTC service has four privileges.
  var role: RtcRole {
    if let role = string("role") { return role == "subscriber" ? .subscriber : .publisher }
    if let role = inputs["role"] as? Int { return role == 2 ? .subscriber : .publisher }
    let rtc = services.first { $0["type"] as? Int == 1 }
    return (rtc?["privileges"] as? [String: Int])?.count == 4 ? .publisher : .subscriber
  }

  /// A numeric or string `account`/`uid` input as a ``TokenUser``.
  func user(_ key: String) -> TokenUser {
    if let number = inputs[key] as? Int, let uid = UInt32(exactly: number) { return .uid(uid) }
    return .account(string(key) ?? "")
  }
}

/// Converts between the vectors' JSON service objects and ``Service`` values.
enum BuildServiceJSON {
  /// A known service from its JSON object, or `nil` for an unparsed one.
  static func service(_ json: [String: Any]) -> Service? {
    guard json["unparsed"] == nil, let rawType = json["type"] as? Int,
      let type = UInt16(exactly: rawType)
    else { return nil }
    let privileges = (json["privileges"] as? [String: Int] ?? [:])
      .compactMap { key, value -> Privilege? in
        guard let id = UInt16(key), let value = UInt32(exactly: value) else { return nil }
        return Privilege(id: id, value: value)
      }
      .sorted { $0.id < $1.id }
    func text(_ key: String) -> String { json[key] as? String ?? "" }
    let fields: ServiceFields
    switch type {
    case 1: fields = .rtc(channelName: text("channel_name"), uid: text("uid"))
    case 2: fields = .rtm(userID: text("user_id"))
    case 3: fields = .streaming(channelName: text("channel_name"), account: text("account"))
    case 5: fields = .chat(userID: text("user_id"))
    case 6: fields = .fcdn(channelName: text("channel_name"), account: text("account"))
    case 7:
      fields = .apaas(
        roomUUID: text("room_uuid"), userUUID: text("user_uuid"),
        role: Int16(json["role"] as? Int ?? -1))
    case 8:
      fields = .rtm2(userID: text("user_id"), permissions: permissions(json["permissions"]))
    default: fields = .fpa
    }
    return Service(type: ServiceType(rawValue: type), privileges: privileges, fields: fields)
  }

  /// RTM2 permissions from `{"<resource>": {"<permission>": [names]}}`.
  static func permissions(_ json: Any?) -> [RTM2ResourcePermissions] {
    var result = RTM2Permissions()
    for (resource, inner) in json as? [String: [String: [String]]] ?? [:] {
      for (permission, names) in inner {
        if let resource = UInt16(resource), let permission = UInt16(permission) {
          result.add(resourceType: resource, permissionType: permission, resources: names)
        }
      }
    }
    return result.entries
  }

  /// RTM2 permissions from the `inputs.permissions` list `[[resource, permission, [names]]]`.
  static func permissionList(_ json: Any?) -> RTM2Permissions {
    var result = RTM2Permissions()
    for entry in json as? [[Any]] ?? [] where entry.count == 3 {
      if let resource = (entry[0] as? Int).flatMap(UInt16.init(exactly:)),
        let permission = (entry[1] as? Int).flatMap(UInt16.init(exactly:)),
        let names = entry[2] as? [String]
      {
        result.add(resourceType: resource, permissionType: permission, resources: names)
      }
    }
    return result
  }
}

/// The services of a token in payload order, including an unknown type and the services hidden
/// behind it, recovered from the raw bytes after the unknown type number.
enum BuildServiceRecovery {
  /// `known` services, then `unknown` (type and privilege map only, as the reference's base
  /// `Service` packs it), then the services decoded from the bytes after its privilege map.
  static func services(
    known: [Service], unknownType: UInt16, unparsed: [UInt8], declaredCount: Int
  ) throws -> [Service] {
    let count = Int(UInt16(unparsed[0]) | UInt16(unparsed[1]) << 8)
    var privileges: [Privilege] = []
    var offset = 2
    for _ in 0..<count {
      let id = UInt16(unparsed[offset]) | UInt16(unparsed[offset + 1]) << 8
      var value: UInt32 = 0
      for shift in 0..<4 { value |= UInt32(unparsed[offset + 2 + shift]) << UInt32(8 * shift) }
      privileges.append(Privilege(id: id, value: value))
      offset += 6
    }
    let unknown = Service(
      type: ServiceType(rawValue: unknownType), privileges: privileges, fields: .fpa)
    let rest = declaredCount - known.count - 1
    guard rest > 0 else { return known + [unknown] }
    // Decode the remaining services by placing them in a minimal payload of their own.
    var payload = ByteWriter()
    try payload.writePacked([UInt8](repeating: 0, count: 32), field: "signature")
    try payload.writePacked("", field: "app_id")
    payload.write(UInt32(0))
    payload.write(UInt32(0))
    payload.write(UInt32(0))
    payload.write(UInt16(rest))
    payload.writeRaw(unparsed[offset...])
    let tail = try AccessToken2Codec.decodePayload(payload.bytes)
    return known + [unknown] + tail.services
  }
}

/// Decoded content compared without wire-order details that carry no meaning.
struct BuildComparable: Equatable, CustomStringConvertible {
  let appID: String
  let issueTs: UInt32
  let expire: UInt32
  let salt: UInt32
  let serviceCount: UInt16
  let services: [Service]

  init(_ token: AccessToken2) {
    appID = token.appID
    issueTs = token.issueTs
    expire = token.expire
    salt = token.salt
    serviceCount = token.serviceCount
    services = token.services.map(BuildComparable.normalized)
  }

  /// Privileges by id ascending, RTM2 permissions by type ascending.
  static func normalized(_ service: Service) -> Service {
    var byID: [UInt16: UInt32] = [:]
    for privilege in service.privileges { byID[privilege.id] = privilege.value }
    var fields = service.fields
    if case .rtm2(let user, let permissions) = fields {
      var sorted = RTM2Permissions()
      for entry in permissions {
        for permission in entry.permissions {
          sorted.add(
            resourceType: entry.resourceType, permissionType: permission.permissionType,
            resources: permission.resources)
        }
      }
      fields = .rtm2(userID: user, permissions: sorted.entries)
    }
    return Service(
      type: service.type,
      privileges: byID.keys.sorted().map { Privilege(id: $0, value: byID[$0] ?? 0) },
      fields: fields)
  }

  var description: String {
    "\(appID) \(issueTs) \(expire) \(salt) \(serviceCount) \(services)"
  }
}

/// Decodes a 007 token text into its ``AccessToken2``.
func buildDecode(_ text: String) throws -> AccessToken2 {
  guard case .accessToken2(let token) = try TokenDecoder.decode(text).token else {
    throw BuildTestFailure.notAccessToken2
  }
  return token
}

/// Failures of the build test helpers themselves.
enum BuildTestFailure: Error {
  case notAccessToken2
  case unmapped(String)
}
