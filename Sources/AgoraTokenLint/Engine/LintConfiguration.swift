import AgoraToken
import TOMLKit

/// The settings of a `.agtoken.toml` file; every member is optional, and CLI flags override it.
///
/// Keys may sit at the top level or in a `[lint]` table (which wins):
/// `select`, `ignore` (arrays of codes, prefixes or names, or one comma-separated string),
/// `fail_on` (`error`, `warning`, `info`), `leeway` (seconds), `expires_within` (seconds or a
/// duration text such as `"2h"`), `min_lifetime` (the `lifetime_too_short` threshold: seconds or
/// a duration text; default 300), `expect_service`, `expect_privilege` (arrays or strings),
/// `format` (`text`, `json`, `ndjson`, `sarif`, `github`). Unknown keys are errors, so a typo does
/// not silently turn a gate off.
public struct LintConfiguration: Sendable, Equatable {
  /// Rules to enable.
  public var select: [String]?
  /// Rules to disable.
  public var ignore: [String]?
  /// The lowest severity that fails the run.
  public var failOn: Severity?
  /// Clock skew tolerated, in seconds.
  public var leeway: UInt64?
  /// The `expires_within` window, in seconds.
  public var expiresWithin: UInt64?
  /// The `lifetime_too_short` threshold, in seconds (`min_lifetime`).
  public var minimumLifetime: UInt64?
  /// Services the token must carry.
  public var expectServices: [ServiceType]?
  /// Privilege names the token must carry.
  public var expectPrivileges: [String]?
  /// The output format name.
  public var format: String?

  /// The keys a configuration may hold.
  public static let keys = [
    "select", "ignore", "fail_on", "leeway", "expires_within", "min_lifetime", "expect_service",
    "expect_privilege", "format",
  ]

  /// An empty configuration.
  public init() {}

  /// Parses TOML text.
  /// - Parameter origin: the file name, for messages.
  /// - Throws: ``LintConfigurationError`` for invalid TOML, an unknown key or a bad value.
  public static func parse(toml: String, origin: String) throws(LintConfigurationError)
    -> LintConfiguration
  {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: toml)
    } catch let error as TOMLParseError {
      throw LintConfigurationError(
        "\(origin): invalid TOML at line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)"
      )
    } catch {
      throw LintConfigurationError("\(origin): invalid TOML")
    }
    var configuration = LintConfiguration()
    try configuration.apply(root, origin: origin, allowLintTable: true)
    if let lint = root["lint"] {
      guard let table = lint.table else {
        throw LintConfigurationError("\(origin): 'lint' must be a table ([lint])")
      }
      try configuration.apply(table, origin: origin, allowLintTable: false)
    }
    return configuration
  }

  private mutating func apply(_ table: TOMLTable, origin: String, allowLintTable: Bool)
    throws(LintConfigurationError)
  {
    for key in table.keys {
      if allowLintTable && key == "lint" { continue }
      guard Self.keys.contains(key) else {
        throw LintConfigurationError(
          "\(origin): unknown key '\(key)'; known keys: \(Self.keys.joined(separator: ", "))")
      }
    }
    if let value = table["select"] { select = try Self.strings(value, key: "select", origin) }
    if let value = table["ignore"] { ignore = try Self.strings(value, key: "ignore", origin) }
    if let value = table["fail_on"] {
      guard let text = value.string, let severity = Severity(rawValue: text) else {
        throw LintConfigurationError(
          "\(origin): fail_on must be \"error\", \"warning\" or \"info\"")
      }
      failOn = severity
    }
    if let value = table["leeway"] {
      guard let seconds = value.int, seconds >= 0, UInt64(seconds) <= LintContext.maximumDuration
      else {
        throw LintConfigurationError(
          "\(origin): leeway must be a number of seconds, 0 to \(LintContext.maximumDuration)")
      }
      leeway = UInt64(seconds)
    }
    if let value = table["expires_within"] {
      if let seconds = value.int, seconds >= 0, UInt64(seconds) <= LintContext.maximumDuration {
        expiresWithin = UInt64(seconds)
      } else if let text = value.string {
        do { expiresWithin = try DurationText.seconds(text) } catch {
          throw LintConfigurationError("\(origin): expires_within: \(error)")
        }
      } else {
        throw LintConfigurationError(
          "\(origin): expires_within must be seconds or a duration such as \"2h\"")
      }
    }
    if let value = table["min_lifetime"] {
      if let seconds = value.int, seconds >= 0 {
        minimumLifetime = UInt64(seconds)
      } else if let text = value.string {
        do { minimumLifetime = try DurationText.seconds(text) } catch {
          throw LintConfigurationError("\(origin): min_lifetime: \(error)")
        }
      } else {
        throw LintConfigurationError(
          "\(origin): min_lifetime must be seconds or a duration such as \"5m\"")
      }
    }
    if let value = table["expect_service"] {
      expectServices = try Self.strings(value, key: "expect_service", origin).map {
        name throws(LintConfigurationError) in try ExpectationParser.service(name)
      }
    }
    if let value = table["expect_privilege"] {
      expectPrivileges = try Self.strings(value, key: "expect_privilege", origin).map {
        name throws(LintConfigurationError) in try ExpectationParser.privilege(name)
      }
    }
    if let value = table["format"] {
      guard let text = value.string else {
        throw LintConfigurationError("\(origin): format must be a string")
      }
      format = text
    }
  }

  /// A string or an array of strings; strings may be comma-separated.
  private static func strings(_ value: any TOMLValueConvertible, key: String, _ origin: String)
    throws(LintConfigurationError) -> [String]
  {
    var items: [String] = []
    if let text = value.string {
      items = [text]
    } else if let array = value.array {
      for element in array {
        guard let text = element.string else {
          throw LintConfigurationError("\(origin): every entry of \(key) must be a string")
        }
        items.append(text)
      }
    } else {
      throw LintConfigurationError("\(origin): \(key) must be a string or an array of strings")
    }
    return items.flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }
      .filter { !$0.isEmpty }
  }
}

/// Parses `--expect-service` and `--expect-privilege` values.
public enum ExpectationParser {
  /// A service type by name (`rtc`, `RTM`, `chat`, `rtm2`, ...) or number.
  /// - Throws: ``LintConfigurationError`` for an unknown name.
  public static func service(_ text: String) throws(LintConfigurationError) -> ServiceType {
    if let type = ServiceType(name: text.trimmingSpaces) { return type }
    if let number = UInt16(text.trimmingSpaces), ServiceType(rawValue: number).isKnown {
      return ServiceType(rawValue: number)
    }
    let names = ServiceType.known.compactMap { $0.name?.lowercased() }.joined(separator: ", ")
    throw LintConfigurationError("unknown service '\(text)'; known services: \(names)")
  }

  /// A privilege name that some service defines (`joinChannel`, `publishAudioStream`, `login`, ...),
  /// returned in its reference spelling.
  /// - Throws: ``LintConfigurationError`` for a name no service defines.
  public static func privilege(_ text: String) throws(LintConfigurationError) -> String {
    let all = ServiceType.known.flatMap { $0.definedPrivileges.map(\.name) }
    if let match = all.first(where: { $0.lowercased() == text.trimmingSpaces.lowercased() }) {
      return match
    }
    var unique: [String] = []
    for name in all where !unique.contains(name) { unique.append(name) }
    throw LintConfigurationError(
      "unknown privilege '\(text)'; known privileges: \(unique.joined(separator: ", "))")
  }
}
