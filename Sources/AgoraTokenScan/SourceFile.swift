/// One file to read: the path shown in findings and the path to open.
struct SourceFile: Sendable, Equatable {
  /// The path as reported: relative to the current directory when given so (`config/app.env`).
  let display: String
  /// The path opened.
  let path: String
}
