import Foundation

/// Lists the files a scan reads for the paths given.
///
/// Inside a git work tree the files come from `git ls-files` (tracked, plus untracked files that
/// `.gitignore` does not ignore), so ignored build output and dependencies are not read; elsewhere
/// directories are walked, `.git` excepted. Symbolic links are not followed.
struct FileCollector {
  let excludes: [GlobPattern]

  struct Collected {
    var files: [SourceFile] = []
    var skipped: [SkippedFile] = []
    var excluded = 0
  }

  func collect(_ paths: [String]) throws(ScanError) -> Collected {
    var collected = Collected()
    var seen = Set<String>()
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw ScanError(.pathNotFound, "\(path): no such file or directory")
      }
      let candidates: [SourceFile]
      if isDirectory.boolValue {
        candidates = files(inDirectory: path)
      } else {
        candidates = [SourceFile(display: Self.display(path), path: path)]
      }
      for file in candidates where seen.insert(file.path).inserted {
        if excludes.contains(where: { $0.matches(file.display) }) {
          collected.excluded += 1
        } else if Self.isSymlink(file.path) {
          collected.skipped.append(SkippedFile(file: file.display, reason: .symlink))
        } else {
          collected.files.append(file)
        }
      }
    }
    return collected
  }

  private func files(inDirectory directory: String) -> [SourceFile] {
    let git = GitCommand(directory: directory)
    let relative: [String]
    if git.isWorkTree, let listed = git.listedFiles() {
      relative = listed
    } else {
      relative = walk(directory)
    }
    return relative.sorted().map { name in
      let path = Self.join(directory, name)
      return SourceFile(display: Self.display(path), path: path)
    }
  }

  private func walk(_ directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var names: [String] = []
    while let name = enumerator.nextObject() as? String {
      let type = enumerator.fileAttributes?[.type] as? FileAttributeType
      if type == .typeDirectory {
        if name == ".git" || name.hasSuffix("/.git") { enumerator.skipDescendants() }
        continue
      }
      names.append(name)
    }
    return names
  }

  static func join(_ directory: String, _ name: String) -> String {
    if directory == "." { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// The path without a leading `./`.
  static func display(_ path: String) -> String {
    var text = Substring(path)
    while text.hasPrefix("./") { text = text.dropFirst(2) }
    return String(text)
  }

  static func isSymlink(_ path: String) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return attributes?[.type] as? FileAttributeType == .typeSymbolicLink
  }
}
