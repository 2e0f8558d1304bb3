import AgoraTokenTestSupport
import Foundation
import Testing

@Suite("agtoken scan from the command line")
struct ScanCLITests {
  static let appID = ScanRepository.credential("cli app id")
  static let certificate = ScanRepository.credential("cli certificate")
  static let now = String(UInt64(ScanRepository.issueTs) + 60)

  /// A repository with a confirmed pair, committed.
  func leakyRepository() throws -> (ScanRepository, String) {
    let repository = try ScanRepository()
    let token = try ScanRepository.token(appID: Self.appID, certificate: Self.certificate)
    try repository.write(
      "config/application.properties", "appid=\(Self.appID)\nappcert=\(Self.certificate)\n")
    try repository.write("web/app.js", "fetch(url, { headers: { token: '\(token)' } })\n")
    try repository.commit("demo")
    return (repository, token)
  }

  func scan(_ arguments: [String], in repository: ScanRepository) throws -> CommandLineRun {
    try CommandLineRun.agtoken(["scan", "--now", Self.now] + arguments, directory: repository.root)
  }

  @Test("exit 1 with findings, and the text names file, line, column, code and fix")
  func text() throws {
    let (repository, _) = try leakyRepository()
    let run = try scan([], in: repository)
    #expect(run.status == 1)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first?.hasPrefix(
        "config/application.properties:1:7: info AT603 app_id_in_source: App ID \(Self.appID) assigned to appid"
      ) == true)
    #expect(
      lines.dropFirst().first?.hasPrefix(
        "config/application.properties:2:9: error AT601 certificate_in_source: App Certificate assigned to appcert; confirmed: verifies 1 token found"
      ) == true)
    #expect(
      lines.contains { $0.hasPrefix("web/app.js:1:33: error AT602 token_in_source: 007 token") })
    #expect(
      lines.contains { $0.hasPrefix("fix AT601 certificate_in_source: Rotate the App Certificate") }
    )
    let size = try bytes(repository)
    #expect(
      run.stderr
        == "agtoken scan: scanned 2 files (\(size) bytes); 1 certificate_in_source, 1 token_in_source, 1 app_id_in_source\n"
    )
  }

  func bytes(_ repository: ScanRepository) throws -> Int {
    try ["config/application.properties", "web/app.js"].reduce(0) { total, path in
      let attributes = try FileManager.default.attributesOfItem(
        atPath: repository.root.appendingPathComponent(path).path)
      return total + ((attributes[.size] as? Int) ?? 0)
    }
  }

  @Test("exit 0 on a clean tree, and -q silences the summary")
  func clean() throws {
    let repository = try ScanRepository()
    try repository.write("README.md", "nothing to see\n")
    try repository.commit("demo")
    let run = try scan(["-q"], in: repository)
    #expect(run.status == 0)
    #expect(run.stdout == "")
    #expect(run.stderr == "")
  }

  @Test("--fail-on decides which severity fails the run")
  func failOn() throws {
    let repository = try ScanRepository()
    try repository.write("app.env", "AGORA_APP_ID=\(Self.appID)\n")
    try repository.commit("demo")
    #expect(try scan(["-q"], in: repository).status == 0)
    #expect(try scan(["-q", "--fail-on", "info"], in: repository).status == 1)
  }

  @Test(
    "usage and IO errors exit 2",
    arguments: [
      ["no-such-dir"], ["--format", "xml"], ["--baseline", "missing.json"],
      ["--max-file-size", "lots"],
    ])
  func usage(_ arguments: [String]) throws {
    let repository = try ScanRepository()
    let run = try scan(arguments, in: repository)
    #expect(run.status == 2)
    #expect(run.stdout == "")
  }

  @Test("--git-history outside a work tree exits 2 and says why")
  func historyOutsideGit() throws {
    let repository = try ScanRepository(git: false)
    let run = try scan(["--git-history"], in: repository)
    #expect(run.status == 2)
    #expect(run.stderr.contains("git_unavailable"))
  }

  @Test("--write-baseline accepts the findings; --baseline then passes")
  func baselineRoundTrip() throws {
    let (repository, _) = try leakyRepository()
    let write = try scan(["--write-baseline", "baseline.json", "-q"], in: repository)
    #expect(write.status == 0)
    let stored = try String(
      contentsOf: repository.root.appendingPathComponent("baseline.json"), encoding: .utf8)
    #expect(stored.contains("\"agtoken_scan_baseline\" : 1"))
    #expect(!stored.contains(Self.certificate))
    let run = try scan(
      ["--baseline", "baseline.json", "--exclude", "baseline.json"], in: repository)
    #expect(run.status == 0)
    #expect(run.stdout == "")
    #expect(run.stderr.contains("3 accepted by the baseline"))
  }

  @Test("json has the contract's keys; ndjson one finding per line; sarif and github locate it")
  func formats() throws {
    let (repository, _) = try leakyRepository()
    let json = try scan(["-f", "json"], in: repository)
    let object = try #require(json.jsonObject())
    let findings = try #require(object["findings"] as? [[String: Any]])
    let certificate = try #require(
      findings.first { $0["name"] as? String == "certificate_in_source" })
    for key in ["file", "line", "column", "fingerprint", "confirmed", "signs"] {
      #expect(certificate[key] != nil, "certificate_in_source lacks \(key)")
    }
    #expect(certificate["confirmed"] as? Bool == true)
    #expect((object["summary"] as? [String: Any])?["files_scanned"] as? Int == 2)

    let ndjson = try scan(["-f", "ndjson"], in: repository)
    #expect(ndjson.stdout.split(separator: "\n").count == 3)

    let sarif = try scan(["-f", "sarif"], in: repository)
    let log = try #require(sarif.jsonObject())
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 3)
    let region =
      ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"]
      as? [String: Any])?["region"] as? [String: Any]
    #expect(region?["startLine"] as? Int == 1)
    #expect(region?["startColumn"] as? Int == 7)

    let github = try scan(["-f", "github"], in: repository)
    #expect(
      github.stdout.contains(
        "::error file=config/application.properties,line=2,col=9,title=AT601 certificate_in_source::"
      ))
  }

  @Test(
    "no format prints a certificate byte; tokens only with --show-token",
    arguments: [
      "text", "json", "ndjson", "sarif", "github",
    ])
  func secretHygiene(_ format: String) throws {
    let (repository, token) = try leakyRepository()
    for extra in [[], ["--show-token"], ["--git-history"]] {
      let run = try scan(["-f", format] + extra, in: repository)
      #expect(run.status == 1)
      for output in [run.stdout, run.stderr] {
        #expect(!output.lowercased().contains(Self.certificate.lowercased()))
        // No 12-character piece of the certificate either.
        for start in stride(from: 0, to: 20, by: 4) {
          let piece = Self.certificate.dropFirst(start).prefix(12)
          #expect(!output.contains(piece))
        }
      }
      #expect(run.stderr.contains(token) == false)
      #expect(run.stdout.contains(token) == (extra == ["--show-token"]))
    }
  }
}
