import AgoraTokenLint
import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds and reads `.agtoken.toml`.
enum ConfigFile {
  /// The file name looked for.
  static let name = ".agtoken.toml"

  /// The configuration from `path`, or from the nearest `.agtoken.toml` in the current directory
  /// or one of its parents; an empty configuration when there is none.
  /// - Throws: `ValidationError` when the file cannot be read or is invalid (exit 2).
  static func load(explicit path: String?) throws -> LintConfiguration {
    guard let file = path ?? discover() else { return LintConfiguration() }
    guard let text = TextFile.readAll(file) else {
      throw ValidationError("cannot read config file \(file)")
    }
    do {
      return try LintConfiguration.parse(toml: text, origin: file)
    } catch {
      throw ValidationError("\(error)")
    }
  }

  /// The nearest `.agtoken.toml`, walking upward from the current directory.
  static func discover() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    var directory = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    while true {
      let candidate = directory == "/" ? "/\(name)" : "\(directory)/\(name)"
      if TextFile.exists(candidate) { return candidate }
      guard directory != "/", let slash = directory.lastIndex(of: "/") else { return nil }
      directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
    }
  }
}
