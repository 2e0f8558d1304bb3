import Foundation
import PropertyBased
import Testing

@testable import AgoraToken

/// Round trips over random inputs: build, decode, compare, verify; and tampering breaks verification.
@Suite("Build: round-trip properties")
struct BuildPropertyTests {
  @Test("build -> decode gives back the same fields, and verify is true")
  func roundTrip() async {
    await propertyCheck(count: 40, input: BuildCase.generator) { input in
      let text = try input.build()
      let decoded = try buildDecode(text)
      #expect(BuildComparable(decoded) == input.expected)
      #expect(decoded.unparsedService == nil && decoded.trailingBytes == nil)
      #expect(AccessToken2Signer.isValid(decoded, certificate: input.certificate))
      #expect(!AccessToken2Signer.isValid(decoded, certificate: input.wrongCertificate))
      #expect(text.hasPrefix("007eJ"))
    }
  }

  @Test("changing any byte of the signed content makes verify false")
  func tamperingBreaksVerification() async {
    await propertyCheck(count: 20, input: BuildCase.generator) { input in
      let decoded = try buildDecode(try input.build())
      let positions =
        decoded.signingInfo.count <= 600
        ? Array(decoded.signingInfo.indices)
        : stride(from: 0, to: decoded.signingInfo.count, by: decoded.signingInfo.count / 97).map {
          $0
        }
      for (step, position) in positions.enumerated() {
        var tampered = decoded
        tampered.signingInfo[position] ^= UInt8(truncatingIfNeeded: step % 255 + 1)
        #expect(
          !AccessToken2Signer.isValid(tampered, certificate: input.certificate),
          "byte \(position) of \(decoded.signingInfo.count) changed")
      }
      var wrongSignature = decoded
      wrongSignature.signature[Int(input.salt % 32)] ^= 0x01
      #expect(!AccessToken2Signer.isValid(wrongSignature, certificate: input.certificate))
    }
  }

  @Test("a changed byte inside the token text's payload fails verification after decoding")
  func tamperedTokenTextFails() async {
    await propertyCheck(count: 20, input: BuildCase.generator) { input in
      let decoded = try buildDecode(try input.build())
      var payload = ByteWriter()
      try payload.writePacked(decoded.signature, field: "signature")
      var info = decoded.signingInfo
      // issue_ts sits right after the app id; a changed issue time must not verify.
      let issueOffset = 2 + decoded.appID.utf8.count
      info[issueOffset] ^= 0x40
      payload.writeRaw(info)
      let text = "007" + Base64Text.encode(try Zlib.deflate(payload.bytes))
      let tampered = try TokenDecoder.decode(text)
      let check = TokenVerifier.verify(
        tampered.token,
        certificates: [AppCertificate(secret: input.certificate, origin: "property")])
      #expect(check.status == .invalid)
    }
  }
}

/// One random build: ids, times and services, with strings that include unicode, empty and
/// 65,535-byte boundary lengths.
struct BuildCase: Sendable, CustomStringConvertible {
  var appID: String
  var certificate: String
  var issueTs: UInt32
  var expire: UInt32
  var salt: UInt32
  var services: [Service]

  static let generator = Generator<BuildCase, Shrink.None<BuildCase>>(run: { rng in
    BuildCase.random(using: &rng)
  })

  func build() throws(BuildError) -> String {
    try AccessToken2Builder(
      appID: appID, certificate: certificate, expire: expire, services: services,
      options: .reference(issueTs: issueTs, salt: salt)
    ).build()
  }

  /// What decoding the built token must give: services stably sorted by type, privileges by id.
  var expected: BuildComparable {
    var token = AccessToken2()
    token.appID = appID
    token.issueTs = issueTs
    token.expire = expire
    token.salt = salt
    token.serviceCount = UInt16(services.count)
    token.services = services.enumerated()
      .sorted { ($0.element.type.rawValue, $0.offset) < ($1.element.type.rawValue, $1.offset) }
      .map(\.element)
    return BuildComparable(token)
  }

  /// The certificate with its last hex digit changed.
  var wrongCertificate: String {
    String(certificate.dropLast()) + (certificate.hasSuffix("0") ? "1" : "0")
  }

  var description: String {
    let shapes = services.map { service in
      "\(service.type)[\(service.privileges.count) privileges, \(BuildCase.bytes(service.fields)) field bytes]"
    }
    return "BuildCase(issue_ts: \(issueTs), expire: \(expire), salt: \(salt), services: \(shapes))"
  }

  static func bytes(_ fields: ServiceFields) -> Int {
    switch fields {
    case .rtc(let a, let b), .streaming(let a, let b), .fcdn(let a, let b):
      return a.utf8.count + b.utf8.count
    case .rtm(let a), .chat(let a): return a.utf8.count
    case .apaas(let a, let b, _): return a.utf8.count + b.utf8.count
    case .rtm2(let a, let permissions):
      return a.utf8.count
        + permissions.flatMap { $0.permissions.flatMap(\.resources) }.map(\.utf8.count)
        .reduce(0, +)
    case .fpa: return 0
    }
  }

  static func random(using rng: inout some RandomNumberGenerator) -> BuildCase {
    var strings = BuildStrings()
    let count = Int.random(in: 1...4, using: &rng)
    let services = (0..<count).map { _ in randomService(&rng, &strings) }
    return BuildCase(
      appID: hex32(&rng, uppercase: Bool.random(using: &rng)),
      certificate: hex32(&rng, uppercase: Bool.random(using: &rng)),
      issueTs: UInt32.random(in: 0...UInt32.max, using: &rng),
      expire: UInt32.random(in: 0...UInt32.max, using: &rng),
      salt: UInt32.random(in: 0...UInt32.max, using: &rng), services: services)
  }

  static func hex32(_ rng: inout some RandomNumberGenerator, uppercase: Bool) -> String {
    let digits = Array(uppercase ? "0123456789ABCDEF" : "0123456789abcdef")
    return String((0..<32).map { _ in digits[Int.random(in: 0..<16, using: &rng)] })
  }

  static func randomService(
    _ rng: inout some RandomNumberGenerator, _ strings: inout BuildStrings
  ) -> Service {
    let type = UInt16.random(in: 1...8, using: &rng)
    var privileges: [UInt16: UInt32] = [:]
    for _ in 0..<Int.random(in: 0...5, using: &rng) {
      let id =
        Bool.random(using: &rng)
        ? UInt16.random(in: 1...4, using: &rng) : UInt16.random(in: 0...UInt16.max, using: &rng)
      privileges[id] = UInt32.random(in: 0...UInt32.max, using: &rng)
    }
    let list = privileges.map { Privilege(id: $0.key, value: $0.value) }.shuffled(using: &rng)
    let fields: ServiceFields
    switch type {
    case 1: fields = .rtc(channelName: strings.next(&rng), uid: strings.next(&rng))
    case 2: fields = .rtm(userID: strings.next(&rng))
    case 3: fields = .streaming(channelName: strings.next(&rng), account: strings.next(&rng))
    case 4: fields = .fpa
    case 5: fields = .chat(userID: strings.next(&rng))
    case 6: fields = .fcdn(channelName: strings.next(&rng), account: strings.next(&rng))
    case 7:
      fields = .apaas(
        roomUUID: strings.next(&rng), userUUID: strings.next(&rng),
        role: Int16.random(in: Int16.min...Int16.max, using: &rng))
    default:
      var permissions = RTM2Permissions()
      for _ in 0..<Int.random(in: 0...3, using: &rng) {
        let resources = (0..<Int.random(in: 0...3, using: &rng)).map { _ in strings.next(&rng) }
        permissions.add(
          resourceType: UInt16.random(in: 0...6, using: &rng),
          permissionType: UInt16.random(in: 0...2, using: &rng), resources: resources)
      }
      fields = .rtm2(userID: strings.next(&rng), permissions: permissions.entries)
    }
    return Service(type: ServiceType(rawValue: type), privileges: list, fields: fields)
  }
}

/// Random strings for token fields: empty, ASCII, unicode, and at most one of 65,535 bytes
/// (the longest a `uint16` length prefix can describe) per case, so the test stays fast.
struct BuildStrings {
  private var hugeLeft = 1
  static let unicode: [String] = [
    "é", "会", "议", "🎧", "e\u{301}", "Ω", "ß", "\u{0}", "👩‍👩‍👧", "\u{10FFFF}", "ᄀ", " ", "+/=",
  ]

  mutating func next(_ rng: inout some RandomNumberGenerator) -> String {
    switch Int.random(in: 0..<20, using: &rng) {
    case 0...2:
      return ""
    case 3...9:
      let letters = Array("abcXYZ019-_.:!~ ")
      return String(
        (0..<Int.random(in: 1...40, using: &rng)).map { _ in
          letters[Int.random(in: 0..<letters.count, using: &rng)]
        })
    case 10...17:
      return (0..<Int.random(in: 1...12, using: &rng)).map { _ in
        BuildStrings.unicode[Int.random(in: 0..<BuildStrings.unicode.count, using: &rng)]
      }.joined()
    default:
      guard hugeLeft > 0 else { return "🎧" }
      hugeLeft -= 1
      return Self.boundary(ending: Bool.random(using: &rng) ? "🎧" : "x")
    }
  }

  /// A string of exactly 65,535 UTF-8 bytes that ends with `tail`.
  static func boundary(ending tail: String) -> String {
    let filler = 65_535 - tail.utf8.count
    return String(repeating: "é", count: filler / 2) + String(repeating: "a", count: filler % 2)
      + tail
  }
}
