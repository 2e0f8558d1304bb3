import Foundation

/// Loads the JSON fixtures copied from `shared/vectors` and `shared/cases` into `Tests/Fixtures`.
public enum Fixtures {
  /// The `Tests/Fixtures` folder, found from this source file so tests need no bundle resources.
  public static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The cases of a fixture file, as JSON objects.
  ///
  /// A missing, unreadable or empty fixture stops the test run: a table-driven test over no cases
  /// would pass without testing anything.
  public static func cases(_ name: String) -> [[String: Any]] {
    let url = directory.appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url) else {
      preconditionFailure("fixture \(name) is missing from Tests/Fixtures")
    }
    guard let array = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]],
      !array.isEmpty
    else {
      preconditionFailure("fixture \(name) is not a non-empty JSON array of objects")
    }
    return array
  }

  /// The repository root.
  public static let repositoryRoot: URL = directory.deletingLastPathComponent()
    .deletingLastPathComponent()
}

/// A fixture case wrapped so Swift Testing can use it as an argument and show its id.
public struct FixtureCase: @unchecked Sendable, CustomStringConvertible {
  /// The raw JSON object.
  public let json: [String: Any]
  /// Wraps a JSON object.
  public init(_ json: [String: Any]) { self.json = json }
  /// The case id.
  public var id: String { json["id"] as? String ?? "?" }
  /// The case id.
  public var description: String { id }
  /// A member as a dictionary.
  public func object(_ key: String) -> [String: Any] { json[key] as? [String: Any] ?? [:] }
  /// A member as a string.
  public func string(_ key: String) -> String? { json[key] as? String }
}
