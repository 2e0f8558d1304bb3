import Foundation

/// Validates SARIF logs against the SARIF 2.1.0 JSON schema with Python's `jsonschema`.
///
/// ``python`` is the first `python3` (on `PATH`, then `/usr/bin`, `/usr/local/bin`) that can
/// import `jsonschema`; tests are disabled, with that reason, when there is none, rather than
/// passing without checking anything.
public enum SARIFSchema {
  /// The schema file, `Tests/Fixtures/sarif-schema-2.1.0.json`.
  public static let schema = Fixtures.directory.appendingPathComponent("sarif-schema-2.1.0.json")

  /// A python3 that has `jsonschema`, or `nil`.
  public static let python: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    let candidates =
      path.split(separator: ":").map { "\($0)/python3" } + [
        "/usr/bin/python3", "/usr/local/bin/python3",
      ]
    return candidates.first { candidate in
      guard FileManager.default.isExecutableFile(atPath: candidate) else { return false }
      return (try? run(candidate, ["-c", "import jsonschema"]).status) == 0
    }
  }()

  /// The validation errors of `log` (one per line), or `""` when it is valid.
  /// - Throws: when no python with `jsonschema` exists (check ``python`` first) or it cannot run.
  public static func errors(in log: String) throws -> String {
    guard let python else { throw MissingValidator() }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "agtoken-\(UUID().uuidString).sarif")
    try log.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1])); log = json.load(open(sys.argv[2]))
      jsonschema.Draft7Validator.check_schema(schema)
      for e in jsonschema.Draft7Validator(schema).iter_errors(log): print(list(e.path), e.message)
      """
    let result = try run(python, ["-c", script, schema.path, file.path])
    return result.status == 0 ? result.output : "python exited \(result.status): \(result.output)"
  }

  /// No python3 with `jsonschema` was found.
  public struct MissingValidator: Error {}

  private static func run(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }
}
