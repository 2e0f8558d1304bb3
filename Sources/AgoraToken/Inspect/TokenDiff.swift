/// A field-by-field comparison of two decoded tokens of any versions: app id, times, services,
/// privileges and uid kind.
///
/// Each token is flattened into named facts (``TokenFacts``); the diff lists every name whose
/// value differs or that only one side has. Facts that differ between any two builds of the same
/// token (salt, signature, absolute times) are *informational*: they are listed but do not make the
/// tokens differ. Across 006 and 007 the channel and uid are compared by CRC-32, since 006 stores
/// only CRCs.
public struct TokenDiff: Sendable, Equatable {
  /// One field that differs.
  public struct Difference: Sendable, Equatable {
    /// The fact's name, for example `app_id`, `RTC.uid_kind`, `RTC.privilege.joinChannel`.
    public var field: String
    /// The value in the first token, or `nil` when it has no such field.
    public var left: String?
    /// The value in the second token, or `nil` when it has no such field.
    public var right: String?
    /// `false` for facts that differ between any two builds (salt, signature, absolute times).
    public var significant: Bool
  }

  /// Every difference, significant ones first, each group in the first token's field order.
  public var differences: [Difference]

  /// Whether the tokens grant the same thing: no significant difference.
  public var isEquivalent: Bool { !differences.contains(where: \.significant) }

  /// Compares `left` with `right`.
  public static func compare(_ left: AnyToken, _ right: AnyToken) -> TokenDiff {
    var leftFacts = TokenFacts.of(left)
    var rightFacts = TokenFacts.of(right)
    TokenFacts.bridgeCRCs(&leftFacts, from: rightFacts)
    TokenFacts.bridgeCRCs(&rightFacts, from: leftFacts)
    var names: [String] = []
    for fact in leftFacts.entries + rightFacts.entries where !names.contains(fact.name) {
      names.append(fact.name)
    }
    var significant: [Difference] = []
    var informational: [Difference] = []
    for name in names {
      let a = leftFacts.entry(name)
      let b = rightFacts.entry(name)
      guard a?.value != b?.value else { continue }
      // A 006 token stores a channel or uid only as a CRC; the CRC facts carry that comparison.
      if a == nil || b == nil, let crcName = TokenFacts.crcName(of: name),
        leftFacts.entry(crcName) != nil, rightFacts.entry(crcName) != nil
      {
        continue
      }
      let isSignificant = (a?.significant ?? true) && (b?.significant ?? true)
      let difference = Difference(
        field: name, left: a?.value, right: b?.value, significant: isSignificant)
      if isSignificant { significant.append(difference) } else { informational.append(difference) }
    }
    return TokenDiff(differences: significant + informational)
  }
}

/// A token flattened into named facts, for comparison.
public struct TokenFacts: Sendable, Equatable {
  /// One named value.
  public struct Entry: Sendable, Equatable {
    /// The fact's name.
    public var name: String
    /// Its value as text.
    public var value: String
    /// `false` for values that differ between any two builds (salt, signature, absolute times).
    public var significant: Bool
  }

  /// The facts in a stable order.
  public var entries: [Entry] = []

  /// The entry called `name`.
  public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

  mutating func add(_ name: String, _ value: String, significant: Bool = true) {
    entries.append(Entry(name: name, value: value, significant: significant))
  }

  /// The facts of `token`.
  public static func of(_ token: AnyToken) -> TokenFacts {
    var facts = TokenFacts()
    facts.add("format", token.formatName)
    facts.add("app_id", token.appID)
    switch token {
    case .accessToken2(let token): facts.add007(token)
    case .accessToken006(let token): facts.add006(token)
    case .legacy(let token): facts.addLegacy(token)
    }
    return facts
  }

  /// `""` is uid 0 (any integer uid), a plain decimal a numeric uid, anything else an account.
  static func uidKind(_ uid: String) -> String {
    if uid.isEmpty { return "wildcard (uid 0)" }
    if UInt32(uid) != nil && !uid.hasPrefix("0") { return "numeric uid" }
    return uid == "0" ? "string account \"0\" (not the wildcard)" : "string account"
  }

  static func lifetime(_ seconds: UInt32) -> String {
    seconds == 0 ? "0 (lasts as long as the token)" : "\(seconds) s"
  }

  private mutating func add007(_ token: AccessToken2) {
    add("issue_ts", String(token.issueTs), significant: false)
    add("expires_at", String(token.expiresAt), significant: false)
    add("lifetime", "\(token.expire) s")
    add("salt", String(token.salt), significant: false)
    add("signature", Hex.encode(token.signature), significant: false)
    var names = token.services.map { $0.type.description }
    if let unknown = token.unparsedService { names.append("type \(unknown.type) (not decoded)") }
    add("services", names.joined(separator: ", "))
    var seen: [String: Int] = [:]
    for service in token.services {
      let base = service.type.description
      seen[base, default: 0] += 1
      let prefix = seen[base, default: 1] > 1 ? "\(base)#\(seen[base, default: 1])" : base
      add("\(prefix).privileges", privilegeList(service.privileges.map(\.id), service.type))
      for privilege in service.privileges {
        let name = service.type.privilegeName(privilege.id) ?? String(privilege.id)
        add("\(prefix).privilege.\(name)", Self.lifetime(privilege.value))
      }
      switch service.fields {
      case .rtc(let channel, let uid):
        add("\(prefix).channel_name", channel)
        add("\(prefix).uid", uid)
        add("\(prefix).uid_kind", Self.uidKind(uid))
      case .rtm(let user), .chat(let user):
        add("\(prefix).user_id", user)
      case .rtm2(let user, let permissions):
        add("\(prefix).user_id", user)
        add("\(prefix).permissions", String(describing: permissions.map(\.resourceType)))
      case .streaming(let channel, let account), .fcdn(let channel, let account):
        add("\(prefix).channel_name", channel)
        add("\(prefix).account", account)
      case .apaas(let room, let user, let role):
        add("\(prefix).room_uuid", room)
        add("\(prefix).user_uuid", user)
        add("\(prefix).role", String(role))
      case .fpa:
        break
      }
    }
  }

  private func privilegeList(_ ids: [UInt16], _ type: ServiceType) -> String {
    ids.sorted().map { id in type.privilegeName(id).map { "\($0) (\(id))" } ?? String(id) }
      .joined(separator: ", ")
  }

  private mutating func add006(_ token: AccessToken006) {
    let estimate = token.issuedAtEstimate
    add("issued_at_estimate", String(estimate), significant: false)
    add("expires_at", String(token.expiresAt), significant: false)
    add("salt", String(token.salt), significant: false)
    add("signature", Hex.encode(token.signature), significant: false)
    let rtc = token.privileges.filter { (1...4).contains($0.id) }
    let rtm = token.privileges.filter { $0.id == AccessToken006.rtmLoginPrivilege }
    var services: [String] = []
    if !rtc.isEmpty { services.append("RTC") }
    if !rtm.isEmpty { services.append("RTM") }
    add("services", services.joined(separator: ", "))
    for (service, privileges, type) in [("RTC", rtc, ServiceType.rtc), ("RTM", rtm, .rtm)]
    where !privileges.isEmpty {
      add("\(service).privileges", privilegeList(privileges.map(\.id), type))
      for privilege in privileges {
        let name =
          type.privilegeName(privilege.id == 1000 ? 1 : privilege.id) ?? String(privilege.id)
        // 006 values are absolute; as lifetimes from the estimated build time they compare with 007.
        let value =
          privilege.value == 0
          ? Self.lifetime(0)
          : UInt64(privilege.value) >= estimate
            ? "\(UInt64(privilege.value) - estimate) s"
            : "expired \(estimate - UInt64(privilege.value)) s before build"
        add("\(service).privilege.\(name)", value)
      }
    }
    let slot = rtc.isEmpty && !rtm.isEmpty ? "RTM" : "RTC"
    if slot == "RTM" {
      add("RTM.crc_user_id", String(token.crcChannelName))
    } else {
      add("RTC.crc_channel_name", String(token.crcChannelName))
      add("RTC.crc_uid", String(token.crcUID))
      let kind: String
      if token.crcUID == 0 {
        kind = "wildcard (uid 0)"
      } else if NumericUIDSearch.preimages(of: token.crcUID).isEmpty {
        kind = "string account"
      } else {
        kind = "numeric uid"
      }
      add("RTC.uid_kind", kind)
    }
  }

  private mutating func addLegacy(_ token: LegacyToken) {
    if let issued = token.unixTs { add("unix_ts", String(issued), significant: false) }
    if let expired = token.expiredTs { add("expired_ts", String(expired), significant: false) }
    if let issued = token.unixTs, let expired = token.expiredTs, expired != 0 {
      add("lifetime", expired >= issued ? "\(expired - issued) s" : "expires before it was built")
    }
    switch token {
    case .dynamicKey5(let key):
      add("service", key.serviceName ?? String(key.serviceType))
      add("extra", key.extra.map { "\($0.key)=\($0.value)" }.joined(separator: ", "))
      add("salt", String(key.salt), significant: false)
      add("signature", key.signature, significant: false)
    case .textKey(let key):
      if let uid = key.uid { add("uid", String(uid)) }
      add("random_hex", key.randomHex, significant: false)
      add("signature", key.signature, significant: false)
    case .signaling(let signaling):
      add("md5", signaling.md5, significant: false)
    }
  }

  /// The CRC fact that stands for text fact `name` in a 006 token, if any.
  static func crcName(of name: String) -> String? {
    [
      "RTC.channel_name": "RTC.crc_channel_name", "RTC.uid": "RTC.crc_uid",
      "RTM.user_id": "RTM.crc_user_id",
    ][
      name]
  }

  /// Where `other` has a CRC of a field whose text `facts` has, adds the CRC of that text, so that a
  /// 007 channel or uid compares with a 006 CRC.
  static func bridgeCRCs(_ facts: inout TokenFacts, from other: TokenFacts) {
    let pairs = [
      ("RTC.crc_channel_name", "RTC.channel_name"), ("RTC.crc_uid", "RTC.uid"),
      ("RTM.crc_user_id", "RTM.user_id"),
    ]
    for (crcName, textName) in pairs
    where other.entry(crcName) != nil && facts.entry(crcName) == nil {
      if let text = facts.entry(textName) {
        facts.add(crcName, String(Zlib.crc32(Array(text.value.utf8))))
      }
    }
  }
}
