#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where configuration is read from: the environment, files and standard input. Injected so that
/// tests resolve configurations without touching the process's own; the CLI and the token server
/// both read certificates through it (``CertificateSources``).
///
/// This is the module's one file that imports the C library.
public struct ConfigurationSources: Sendable {
  /// The value of an environment variable, or `nil`.
  public var environment: @Sendable (String) -> String?
  /// A file's text, or `nil` when it cannot be read.
  public var readFile: @Sendable (String) -> String?
  /// A file's permission bits, or `nil` when it cannot be examined.
  public var fileMode: @Sendable (String) -> UInt32?
  /// Everything on standard input.
  public var readStandardInput: @Sendable () -> String
  /// Whether a path names a directory.
  public var isDirectory: @Sendable (String) -> Bool

  /// Creates sources from closures.
  public init(
    environment: @escaping @Sendable (String) -> String?,
    readFile: @escaping @Sendable (String) -> String?,
    fileMode: @escaping @Sendable (String) -> UInt32? = { _ in nil },
    readStandardInput: @escaping @Sendable () -> String = { "" },
    isDirectory: @escaping @Sendable (String) -> Bool = { _ in false }
  ) {
    self.environment = environment
    self.readFile = readFile
    self.fileMode = fileMode
    self.readStandardInput = readStandardInput
    self.isDirectory = isDirectory
  }

  /// The process's environment, file system and standard input.
  public static let process = ConfigurationSources(
    environment: { name in getenv(name).map { String(cString: $0) } },
    readFile: { path in SystemFile.read(path) },
    fileMode: { path in
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      return UInt32(info.st_mode) & 0o777
    },
    readStandardInput: {
      var lines: [String] = []
      while let line = readLine(strippingNewline: true) { lines.append(line) }
      return lines.joined(separator: "\n")
    },
    isDirectory: { path in
      var info = stat()
      return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
  )
}

/// Reads small files (certificates, the bearer secret, properties) through C stdio.
public enum SystemFile {
  /// The whole file as UTF-8 text, or `nil` when it cannot be opened or is over 1 MiB.
  public static func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, 4096, file) }
      if count == 0 { break }
      bytes += chunk[0..<count]
      if bytes.count > 1 << 20 { return nil }
    }
    if ferror(file) != 0 { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }
}
