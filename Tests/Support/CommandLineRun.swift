import Foundation

/// Runs the built `agtoken` binary, as a user would, and captures what it prints.
public struct CommandLineRun: Sendable {
  /// The exit status.
  public let status: Int32
  /// Everything written to stdout.
  public let stdout: String
  /// Everything written to stderr.
  public let stderr: String

  /// The folder of the built products (`.build/debug` or the test bundle's folder).
  public static let productsDirectory: URL = {
    let bundle = Bundle.main.bundleURL
    if FileManager.default.fileExists(atPath: bundle.appendingPathComponent("agtoken").path) {
      return bundle
    }
    return bundle.deletingLastPathComponent()
  }()

  /// Runs `agtoken` with `arguments`, feeding `input` on stdin, with `environment` added to a
  /// minimal environment (no certificate variables leak in from the caller).
  public static func agtoken(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
    directory: URL? = nil
  ) throws -> CommandLineRun {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("agtoken")
    process.arguments = arguments
    var env = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
    env.merge(environment) { _, new in new }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandLineRun(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Parses stdout as a JSON object.
  public func jsonObject() -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any]
  }

  /// Parses stdout as a JSON array.
  public func jsonArray() -> [[String: Any]]? {
    (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [[String: Any]]
  }
}

/// Writes temporary files for tests and removes nothing the test did not make.
public enum TemporaryFile {
  /// Writes `text` to a new file in a fresh temporary folder, with the given POSIX permissions.
  public static func write(_ text: String, name: String = "input.txt", permissions: Int = 0o600)
    throws -> URL
  {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "agtoken-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: url.path)
    return url
  }
}
