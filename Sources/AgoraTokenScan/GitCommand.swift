import Foundation

/// Runs `git` itself: agtoken never reads git's object store on its own.
///
/// The executable is found on `PATH`; standard error goes to a temporary file so that a chatty
/// git cannot block on a full pipe while its output is read.
struct GitCommand: Sendable {
  /// The directory git runs in (`git -C`).
  let directory: String

  /// The whole standard output of `git args`, or `nil` when git is missing or exits non-zero.
  func output(_ arguments: [String]) -> [UInt8]? {
    var collected: [UInt8] = []
    let ok = stream(arguments) { chunk in collected.append(contentsOf: chunk) }
    return ok ? collected : nil
  }

  /// Hands git's standard output to `consume` in chunks as it arrives.
  /// - Returns: whether git ran and exited with status 0.
  @discardableResult
  func stream(_ arguments: [String], consume: ([UInt8]) -> Void) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", directory, "-c", "core.quotePath=false"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    var environment = ProcessInfo.processInfo.environment
    // A pager or a user's diff driver would change what git prints.
    environment["GIT_PAGER"] = "cat"
    environment["GIT_EXTERNAL_DIFF"] = nil
    process.environment = environment
    do {
      try process.run()
    } catch {
      return false
    }
    let handle = output.fileHandleForReading
    while true {
      let data = handle.availableData
      if data.isEmpty { break }
      consume([UInt8](data))
    }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// Whether `directory` is inside a git work tree.
  var isWorkTree: Bool {
    guard let text = output(["rev-parse", "--is-inside-work-tree"]) else { return false }
    return String(decoding: text, as: UTF8.self).hasPrefix("true")
  }

  /// The files git tracks under `directory`, and the untracked ones `.gitignore` does not ignore,
  /// relative to `directory`.
  func listedFiles() -> [String]? {
    guard
      let bytes = output(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
    else { return nil }
    var seen = Set<String>()
    var files: [String] = []
    for part in bytes.split(separator: 0) {
      let path = String(decoding: part, as: UTF8.self)
      if seen.insert(path).inserted { files.append(path) }
    }
    return files
  }
}
