import Foundation

/// Reads one file for the scan: skips it when it is too large, unreadable or binary, and splits
/// it into lines otherwise.
struct FileReader {
  /// Bytes looked at for a NUL, as git does to decide that a file is binary.
  static let binaryProbeBytes = 8000

  let maxFileBytes: Int

  enum Outcome {
    case lines([LineDetector.Line], bytes: Int)
    case skipped(SkippedFile.Reason)
  }

  func read(_ path: String) -> Outcome {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return .skipped(.unreadable)
    }
    guard attributes[.type] as? FileAttributeType == .typeRegular else {
      return .skipped(.unreadable)
    }
    if let size = attributes[.size] as? Int, size > maxFileBytes { return .skipped(.tooLarge) }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .skipped(.unreadable)
    }
    // The file may have grown between the two looks.
    guard data.count <= maxFileBytes else { return .skipped(.tooLarge) }
    let bytes = [UInt8](data)
    if bytes.prefix(Self.binaryProbeBytes).contains(0) { return .skipped(.binary) }
    return .lines(Self.lines(bytes), bytes: bytes.count)
  }

  /// The lines of `bytes`, numbered from 1, without their `\n` (a `\r` before it stays, and
  /// counts as a space).
  static func lines(_ bytes: [UInt8]) -> [LineDetector.Line] {
    var lines: [LineDetector.Line] = []
    var start = 0
    var number = 1
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lines.append(LineDetector.Line(number: number, bytes: bytes[start..<index]))
      start = index + 1
      number += 1
    }
    if start < bytes.count {
      lines.append(LineDetector.Line(number: number, bytes: bytes[start..<bytes.count]))
    }
    return lines
  }
}
