import Testing

@testable import AgoraTokenScan

@Suite("which names make 32 hex digits a certificate or an App ID")
struct KeyFinderTests {
  static let value = "0123456789abcdef0123456789abcdef"

  /// A line with `VALUE` standing for the value, and the key and kind expected.
  static let lines: [(String, String?, String?)] = [
    ("appcert=VALUE", "appcert", "certificate"),
    ("AGORA_APP_CERTIFICATE=VALUE", "AGORA_APP_CERTIFICATE", "certificate"),
    ("export AGORA_APP_CERTIFICATE=\"VALUE\"", "AGORA_APP_CERTIFICATE", "certificate"),
    ("  \"appCertificate\": \"VALUE\",", "appCertificate", "certificate"),
    ("app_certificate: VALUE", "app_certificate", "certificate"),
    ("let appCertificate: String = \"VALUE\"", "appCertificate", "certificate"),
    ("private static final String APP_CERT = \"VALUE\";", "APP_CERT", "certificate"),
    ("<appCertificate>VALUE</appCertificate>", "appCertificate", "certificate"),
    ("agora.app-certificate: ${AGORA_CERT:VALUE}", "AGORA_CERT", "certificate"),
    ("os.getenv(\"AGORA_APP_CERTIFICATE\", \"VALUE\")", "AGORA_APP_CERTIFICATE", "certificate"),
    ("const appCertificate = 'VALUE'", "appCertificate", "certificate"),
    ("AGORA_APP_ID=VALUE", "AGORA_APP_ID", "app_id"),
    ("\"appId\": \"VALUE\"", "appId", "app_id"),
    // Not assignments to a certificate name.
    ("certificate_md5=VALUE", nil, nil),
    ("cert_sha256: VALUE", nil, nil),
    ("md5sum VALUE", nil, nil),
    ("checksum(appCertificate, VALUE)", nil, nil),
    ("commit = VALUE", nil, nil),
    ("VALUE", nil, nil),
  ]

  @Test("key and kind", arguments: lines)
  func key(_ line: String, _ key: String?, _ kind: String?) throws {
    let text = line.replacingOccurrences(of: "VALUE", with: Self.value)
    let bytes = Array(text.utf8)
    let range = try #require(text.range(of: Self.value))
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    let found = KeyFinder.key(in: bytes[...], before: start)
    #expect(found?.0 == key)
    let foundKind: String? =
      switch found?.1 {
      case .certificate: "certificate"
      case .appID: "app_id"
      case nil: nil
      }
    #expect(foundKind == kind)
  }

  /// 32-hex look-alikes that are never reported as bare candidates on their own: the detector
  /// sees them, but only a signature could make them certificates.
  static let lookAlikes: [String] = [
    "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",  // 40 hex: a git object id
    "d41d8cd98f00b204e9800998ecf8427e  empty.txt",  // an MD5 sum, bare
    "color: #0123456789abcdef0123456789abcdefff;",  // not 32 long
    "id = 123e4567-e89b-12d3-a456-426614174000",  // a UUID with dashes
    "sha256-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  ]

  @Test("look-alikes have no certificate name", arguments: lookAlikes)
  func lookAlike(_ line: String) {
    let sightings = LineDetector().sightings(
      in: [LineDetector.Line(number: 1, bytes: Array(line.utf8)[...])])
    for sighting in sightings {
      #expect(sighting.kind == .certificate(key: nil))
    }
  }

  @Test("a token wrapped over three lines is joined")
  func wrappedToken() {
    let body = String(repeating: "A", count: 40)
    let lines = ["let token = \"007e\(body)\" +", "  \"\(body)\" +", "  \"\(body)\";"].enumerated()
      .map { LineDetector.Line(number: $0.offset + 1, bytes: Array($0.element.utf8)[...]) }
    let sightings = LineDetector().sightings(in: lines)
    #expect(sightings.count == 1)
    #expect(sightings.first?.kind == .token(wrapped: "007e" + body + body + body))
    #expect(sightings.first?.line == 1)
    #expect(sightings.first?.column == 14)
  }
}
