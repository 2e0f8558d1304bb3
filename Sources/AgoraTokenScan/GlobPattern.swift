#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A shell glob (`*.min.js`, `vendor/*`, `docs/**`), matched with the C library's `fnmatch`.
///
/// `*` also crosses `/`, so `vendor/*` excludes everything under `vendor/`; a pattern also
/// matches a path when it matches the file name alone, as `.gitignore` patterns without a slash do.
struct GlobPattern: Sendable, Equatable {
  let text: String

  func matches(_ path: String) -> Bool {
    if fnmatch(text, path, 0) == 0 { return true }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return fnmatch(text, name, 0) == 0
  }
}
