import AgoraToken
import AgoraTokenLint
import Foundation

/// A throw-away directory, optionally a git repository, that a test fills with files.
///
/// Every credential in it is made at test time from a seed (``credential(_:)``), so no
/// real-looking secret is ever committed to this project.
struct ScanRepository {
  let root: URL

  /// A fresh directory; with `git`, a repository with an author configured.
  init(git: Bool = true) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "agtoken-scan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    if git { try run(["init", "-q", "-b", "main"]) }
  }

  func write(_ path: String, _ text: String) throws {
    try write(path, Data(text.utf8))
  }

  func write(_ path: String, _ data: Data) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  func remove(_ path: String) throws {
    try FileManager.default.removeItem(at: root.appendingPathComponent(path))
  }

  /// Stages everything and commits; returns the commit id.
  @discardableResult
  func commit(_ message: String) throws -> String {
    try run(["add", "-A"])
    try run(["commit", "-q", "-m", message])
    return try run(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments =
      [
        "-C", root.path, "-c", "user.name=agtoken tests", "-c", "user.email=tests@example.invalid",
        "-c", "commit.gpgsign=false",
      ] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw RepositoryError(message: "git \(arguments.joined(separator: " ")) failed")
    }
    return String(decoding: data, as: UTF8.self)
  }

  struct RepositoryError: Error { let message: String }

  /// 32 lower-case hex digits derived from `seed`: a made-up certificate or App ID.
  static func credential(_ seed: String) -> String {
    var state = seed.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) {
      ($0 ^ UInt64($1)) &* 0x100_0000_01b3
    }
    var text = ""
    for _ in 0..<32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text.append(Array("0123456789abcdef")[Int(state >> 60)])
    }
    return text
  }

  /// The time the fixture tokens are issued at.
  static let issueTs: UInt32 = 1_750_000_000

  /// A 007 RTC token for `appID`, signed with `certificate`, valid for an hour from ``issueTs``.
  static func token(appID: String, certificate: String, channel: String = "demo") throws -> String {
    try RtcTokenBuilder2.buildTokenWithUID(
      appID: appID, appCertificate: certificate, channelName: channel, uid: 42, role: .publisher,
      tokenExpire: 3600, options: BuildOptions(issueTs: issueTs, salt: 12345))
  }
}

extension ScanRepository {
  /// The App Certificate Agora publishes in its reference tests.
  static let sampleCertificate = PublishedSampleCredentials.certificate
}
