/// A sighting with the file and, for history, the commit where it was seen.
struct LocatedSighting: Sendable {
  var sighting: Sighting
  /// The path as reported.
  var file: String
  /// The commit that added the line, for a sighting read from history.
  var commit: String?

  /// Whether it was read from history rather than the work tree.
  var fromHistory: Bool { commit != nil }
}
