/// An AccessToken2 service type, with the names that Agora's reference gives the known ones.
///
/// Source: the `kService*` constants of `python3/src/AccessToken2.py` and the names printed by
/// `parse.py` in AgoraIO/Tools (`shared/vectors/README.md`, "Service and privilege table").
/// Unknown types are representable: a token may carry any `uint16`.
public struct ServiceType: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible
{
  /// The type number on the wire.
  public let rawValue: UInt16
  /// Wraps a type number.
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// 1, real-time communication.
  public static let rtc = ServiceType(rawValue: 1)
  /// 2, real-time messaging (signalling, RTM 1.x login).
  public static let rtm = ServiceType(rawValue: 2)
  /// 3, media streaming.
  public static let streaming = ServiceType(rawValue: 3)
  /// 4, full-path acceleration.
  public static let fpa = ServiceType(rawValue: 4)
  /// 5, Agora Chat.
  public static let chat = ServiceType(rawValue: 5)
  /// 6, fusion CDN.
  public static let fcdn = ServiceType(rawValue: 6)
  /// 7, Flexible Classroom (APaaS).
  public static let apaas = ServiceType(rawValue: 7)
  /// 8, RTM 2.x with resource permissions.
  public static let rtm2 = ServiceType(rawValue: 8)

  /// The eight types that the reference decodes, in type order.
  public static let known: [ServiceType] = [
    .rtc, .rtm, .streaming, .fpa, .chat, .fcdn, .apaas, .rtm2,
  ]

  /// The reference name (`RTC`, `RTM`, `Streaming`, `FPA`, `Chat`, `FCDN`, `APaaS`, `RTM2`),
  /// or `nil` for a type that the reference does not know.
  public var name: String? {
    switch rawValue {
    case 1: "RTC"
    case 2: "RTM"
    case 3: "Streaming"
    case 4: "FPA"
    case 5: "Chat"
    case 6: "FCDN"
    case 7: "APaaS"
    case 8: "RTM2"
    default: nil
    }
  }

  /// Whether the reference decoders understand this type (1...8).
  public var isKnown: Bool { (1...8).contains(rawValue) }

  /// Looks a type up by name, ignoring letter case (`rtc`, `Chat`, `rtm2`, ...).
  public init?(name: String) {
    let lowered = name.lowercased()
    guard let match = ServiceType.known.first(where: { $0.name?.lowercased() == lowered }) else {
      return nil
    }
    self = match
  }

  /// The privileges that the reference defines for this service, by id, in ascending order.
  public var definedPrivileges: [(id: UInt16, name: String)] {
    switch rawValue {
    case 1:
      [
        (1, "joinChannel"), (2, "publishAudioStream"), (3, "publishVideoStream"),
        (4, "publishDataStream"),
      ]
    case 2, 4, 8: [(1, "login")]
    case 3: [(1, "publishMixStream"), (2, "publishRawStream")]
    case 5: [(1, "user"), (2, "app")]
    case 6: [(1, "publish"), (2, "play")]
    case 7: [(1, "roomUser"), (2, "user"), (3, "app")]
    default: []
    }
  }

  /// The reference name of privilege `id` in this service, or `nil` when it is not defined.
  public func privilegeName(_ id: UInt16) -> String? {
    definedPrivileges.first(where: { $0.id == id })?.name
  }

  /// Whether the type numbers are ascending, as the builders sort them.
  public static func < (lhs: ServiceType, rhs: ServiceType) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The name, or `type N` for an unknown type.
  public var description: String { name ?? "type \(rawValue)" }
}
