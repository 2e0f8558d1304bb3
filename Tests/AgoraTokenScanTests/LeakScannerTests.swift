import AgoraToken
import AgoraTokenScan
import Foundation
import Testing

@Suite("agtoken scan finds leaked credentials in fixture repositories")
struct LeakScannerTests {
  static let appID = ScanRepository.credential("app id")
  static let certificate = ScanRepository.credential("certificate")
  static let validAt = UInt64(ScanRepository.issueTs) + 60
  static let expiredAt = UInt64(ScanRepository.issueTs) + 7200

  func scan(
    _ repository: ScanRepository, now: UInt64 = validAt, history: Bool = false,
    excludes: [String] = [], baseline: ScanBaseline? = nil
  ) throws -> ScanReport {
    let scanner = LeakScanner(
      options: ScanOptions(now: now, excludes: excludes, gitHistory: history))
    return try scanner.scan([repository.root.path], baseline: baseline)
  }

  func relative(_ finding: ScanFinding, _ repository: ScanRepository) -> String {
    String(finding.file.dropFirst(repository.root.path.count + 1))
  }

  @Test("a certificate that verifies a token in the tree is confirmed")
  func confirmedPair() throws {
    let repository = try ScanRepository()
    let token = try ScanRepository.token(appID: Self.appID, certificate: Self.certificate)
    try repository.write(
      "server/src/main/resources/application.properties",
      "server.port=8080\nappid=\(Self.appID)\nappcert=\(Self.certificate)\n")
    try repository.write("client/main.js", "const token = \"\(token)\";\n")
    try repository.commit("demo")
    let report = try scan(repository)

    let certificate = try #require(report.findings.first { $0.name == "certificate_in_source" })
    let tokenFinding = try #require(report.findings.first { $0.name == "token_in_source" })
    let appID = try #require(report.findings.first { $0.name == "app_id_in_source" })
    #expect(report.findings.count == 3)
    #expect(relative(certificate, repository) == "server/src/main/resources/application.properties")
    #expect(certificate.line == 3)
    #expect(certificate.column == 9)
    #expect(certificate.code == "AT601")
    #expect(certificate.severity == .error)
    #expect(certificate.key == "appcert")
    #expect(certificate.confirmed == true)
    #expect(certificate.signs == [tokenFinding.fingerprint])
    #expect(certificate.fingerprint == Inspection.fingerprint(of: Self.certificate))
    #expect(certificate.publicSample == false)

    #expect(relative(tokenFinding, repository) == "client/main.js")
    #expect(tokenFinding.line == 1)
    #expect(tokenFinding.column == 16)
    #expect(tokenFinding.severity == .error)
    #expect(tokenFinding.status == "valid")
    #expect(tokenFinding.version == "007")
    #expect(tokenFinding.appID == Self.appID)
    #expect(tokenFinding.expiresAt == UInt64(ScanRepository.issueTs) + 3600)
    #expect(tokenFinding.signedBy == [certificate.fingerprint])
    #expect(tokenFinding.appIDCertificates == [certificate.fingerprint])
    #expect(tokenFinding.token == nil)

    #expect(appID.severity == .info)
    #expect(appID.appID == Self.appID)
    #expect(appID.key == "appid")
    #expect(report.summary.filesScanned == 2)
    #expect(
      report.summary.findings == [
        "certificate_in_source": 1, "token_in_source": 1, "app_id_in_source": 1,
      ])
    #expect(report.fails(at: .error))
  }

  @Test("an expired token is information, and a lone certificate is not confirmed")
  func expiredAndUnconfirmed() throws {
    let repository = try ScanRepository()
    let other = ScanRepository.credential("another certificate")
    let token = try ScanRepository.token(appID: Self.appID, certificate: Self.certificate)
    try repository.write(".env", "AGORA_APP_CERTIFICATE=\(other)\n")
    try repository.write("README.md", "Try it: `\(token)`\n")
    try repository.commit("demo")
    let report = try scan(repository, now: Self.expiredAt)
    let certificate = try #require(report.findings.first { $0.name == "certificate_in_source" })
    let tokenFinding = try #require(report.findings.first { $0.name == "token_in_source" })
    #expect(certificate.confirmed == false)
    #expect(certificate.signs == [])
    #expect(certificate.severity == .error)
    #expect(tokenFinding.status == "expired")
    #expect(tokenFinding.severity == .info)
    #expect(tokenFinding.signedBy == [])
  }

  @Test("a token more than 24 hours old is expired whatever its expire says")
  func dayCap() throws {
    let repository = try ScanRepository()
    let token = try ScanRepository.token(appID: Self.appID, certificate: Self.certificate)
    try repository.write("token.txt", token + "\n")
    try repository.commit("demo")
    let report = try scan(repository, now: UInt64(ScanRepository.issueTs) + 90_000)
    #expect(report.findings.map(\.status) == ["expired"])
  }

  @Test("look-alike hex is not reported; a bare value is reported only when it signs a token")
  func lookAlikes() throws {
    let repository = try ScanRepository()
    let token = try ScanRepository.token(appID: Self.appID, certificate: Self.certificate)
    let md5 = ScanRepository.credential("an md5 sum")
    let uuid = ScanRepository.credential("a uuid")
    try repository.write(
      "checksums.txt",
      "\(md5)  demo.tar.gz\nid: \(uuid)\ncommit 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n")
    try repository.write("style.css", ".a { color: #ffffff; background: #0a0b0c; }\n")
    try repository.write("package-lock.json", "\"integrity\": \"sha1-\(md5)\"\n")
    try repository.write("notes.txt", "\(Self.certificate)\n\(token)\n")
    try repository.commit("demo")
    let report = try scan(repository)
    let certificates = report.findings.filter { $0.name == "certificate_in_source" }
    #expect(certificates.count == 1)
    #expect(certificates.first.map { relative($0, repository) } == "notes.txt")
    #expect(certificates.first?.key == nil)
    #expect(certificates.first?.confirmed == true)
    #expect(report.findings.filter { $0.name == "token_in_source" }.count == 1)
    #expect(report.findings.count == 2)
  }

  @Test("ignored, binary and oversized files are skipped and named in the summary")
  func skipped() throws {
    let repository = try ScanRepository()
    try repository.write(".gitignore", "build/\n")
    try repository.write("build/config.env", "AGORA_APP_CERTIFICATE=\(Self.certificate)\n")
    var binary = Data("AGORA_APP_CERTIFICATE=\(Self.certificate)\n".utf8)
    binary.append(contentsOf: [0, 1, 2, 3])
    try repository.write("assets/logo.bin", binary)
    try repository.write(
      "big.env", String(repeating: "#\n", count: 600) + "appcert=\(Self.certificate)\n")
    try repository.commit("demo")
    let scanner = LeakScanner(options: ScanOptions(now: Self.validAt, maxFileBytes: 1024))
    let report = try scanner.scan([repository.root.path])
    #expect(report.findings == [])
    let skipped = Dictionary(
      uniqueKeysWithValues: report.summary.skipped.map {
        (String($0.file.dropFirst(repository.root.path.count + 1)), $0.reason)
      })
    #expect(skipped == ["assets/logo.bin": .binary, "big.env": .tooLarge])
    #expect(report.summary.filesScanned == 1)  // .gitignore
  }

  @Test("outside a git work tree every file is walked, .git excepted")
  func plainDirectory() throws {
    let repository = try ScanRepository(git: false)
    try repository.write("deep/nested/app.yaml", "agora:\n  app_certificate: \(Self.certificate)\n")
    let report = try scan(repository)
    #expect(report.findings.map(\.line) == [2])
    #expect(report.findings.map(\.key) == ["app_certificate"])
  }

  @Test("a token split by a line wrap is joined and decoded")
  func wrappedToken() throws {
    let repository = try ScanRepository()
    let token = try ScanRepository.token(appID: Self.appID, certificate: Self.certificate)
    let half = token.index(token.startIndex, offsetBy: token.count / 2)
    try repository.write(
      "Config.java",
      "static final String TOKEN = \"\(token[..<half])\"\n    + \"\(token[half...])\";\n")
    try repository.commit("demo")
    let report = try scan(repository)
    let finding = try #require(report.findings.first)
    #expect(report.findings.count == 1)
    #expect(finding.fingerprint == Inspection.fingerprint(of: token))
    #expect(finding.line == 1)
    #expect(finding.status == "valid")
  }

  @Test("a leak that only history holds is reported with the commit that added it")
  func historyOnly() throws {
    let repository = try ScanRepository()
    try repository.write("README.md", "demo\n")
    try repository.commit("start")
    try repository.write(
      "config/app.env", "AGORA_APP_ID=\(Self.appID)\nAGORA_APP_CERTIFICATE=\(Self.certificate)\n")
    let leaked = try repository.commit("add config")
    try repository.remove("config/app.env")
    try repository.commit("remove config")

    #expect(try scan(repository).findings == [])
    let report = try scan(repository, history: true)
    let certificate = try #require(report.findings.first { $0.name == "certificate_in_source" })
    #expect(certificate.source == "history")
    #expect(certificate.commit == leaked)
    #expect(certificate.line == 2)
    #expect(relative(certificate, repository) == "config/app.env")
    #expect(report.summary.commitsScanned == 3)
    #expect(report.findings.count == 2)
  }

  @Test("a leak still in the tree names the commit where it first appeared")
  func firstCommit() throws {
    let repository = try ScanRepository()
    try repository.write("a.env", "AGORA_APP_CERTIFICATE=\(Self.certificate)\n")
    let first = try repository.commit("first")
    try repository.write("b.env", "AGORA_APP_CERTIFICATE=\(Self.certificate)\n")
    try repository.commit("second")
    let report = try scan(repository, history: true)
    #expect(report.findings.count == 2)
    #expect(report.findings.allSatisfy { $0.commit == first && $0.source == "work_tree" })
  }

  @Test("--git-history with files reads only those files' history (the pre-commit case)")
  func historyOfFiles() throws {
    let repository = try ScanRepository()
    try repository.write("a.env", "AGORA_APP_CERTIFICATE=\(Self.certificate)\n")
    try repository.write("b.txt", "nothing\n")
    try repository.commit("first")
    let scanner = LeakScanner(options: ScanOptions(now: Self.validAt, gitHistory: true))
    let onlyB = try scanner.scan([repository.root.appendingPathComponent("b.txt").path])
    #expect(onlyB.findings == [])
    #expect(onlyB.summary.commitsScanned == 1)  // the commit that added b.txt
    let onlyA = try scanner.scan([repository.root.appendingPathComponent("a.env").path])
    #expect(onlyA.findings.map(\.source) == ["work_tree"])
    #expect(onlyA.findings.first?.commit != nil)
  }

  @Test("--git-history outside a work tree is an error")
  func historyNeedsGit() throws {
    let repository = try ScanRepository(git: false)
    #expect(throws: ScanError.self) { try scan(repository, history: true) }
  }

  @Test("a baseline accepts known findings by name, fingerprint and file")
  func baseline() throws {
    let repository = try ScanRepository()
    try repository.write("a.env", "AGORA_APP_CERTIFICATE=\(Self.certificate)\n")
    try repository.commit("first")
    let first = try scan(repository)
    let baseline = ScanBaseline(first.findings)
    // A line added above the known leak does not bring it back; a new leak is reported.
    try repository.write(
      "a.env",
      "# config\nAGORA_APP_CERTIFICATE=\(Self.certificate)\nAPP_CERT=\(ScanRepository.credential("new"))\n"
    )
    let second = try scan(repository, baseline: baseline)
    #expect(second.summary.baselined == 1)
    #expect(second.findings.map(\.line) == [3])
  }

  @Test("--exclude leaves out matching paths")
  func exclude() throws {
    let repository = try ScanRepository()
    try repository.write("vendor/lib/sdk.js", "appCertificate = '\(Self.certificate)'\n")
    try repository.write("app.js", "appCertificate = '\(Self.certificate)'\n")
    try repository.commit("demo")
    let report = try scan(repository, excludes: ["*/vendor/*"])
    #expect(report.findings.map { relative($0, repository) } == ["app.js"])
    #expect(report.summary.excluded == 1)
  }

  @Test("Agora's published sample certificate is information, not a leak")
  func sampleCertificate() throws {
    let repository = try ScanRepository()
    try repository.write(
      "test/test_token.py",
      "app_certificate = \"\(ScanRepository.sampleCertificate)\"\n")
    try repository.commit("demo")
    let report = try scan(repository)
    #expect(report.findings.map(\.publicSample) == [true])
    #expect(report.findings.map(\.severity) == [.info])
    #expect(!report.fails(at: .error))
  }
}
