import CZlib

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The system zlib, wrapped for the token codecs: bounded inflate, deflate at the default level, CRC-32.
///
/// Source: zlib 1.2 manual (`inflateInit_`, `inflate`, `compress2`, `crc32`).
enum Zlib {
  /// The outcome of inflating a zlib stream.
  struct Inflated: Sendable {
    /// The decompressed bytes.
    var output: [UInt8]
    /// How many input bytes the complete stream used; bytes after it are not part of the stream.
    var consumed: Int
  }

  /// Inflates one zlib stream (RFC 1950), refusing to produce more than `limit` bytes.
  ///
  /// Bytes after the end of the stream are not an error; ``Inflated/consumed`` tells where the stream ended.
  /// - Throws: ``TokenError`` of kind `bad_zlib` (bad header, corrupt data, Adler-32 mismatch),
  ///   `truncated_zlib` (the input ends before the stream does; ``TokenError/partial`` is not set here,
  ///   but the bytes inflated so far are in the message's companion ``truncatedOutput``), or `too_large`.
  static func inflate(_ input: some ContiguousBytes, limit: Int) throws(ZlibFailure)
    -> Inflated
  {
    let result = input.withUnsafeBytes { bytes in
      Result { () throws(ZlibFailure) in
        try inflate(bytes.bindMemory(to: UInt8.self), limit: limit)
      }
    }
    return try result.get()
  }

  private static func inflate(_ inBuffer: UnsafeBufferPointer<UInt8>, limit: Int)
    throws(ZlibFailure) -> Inflated
  {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw ZlibFailure(kind: .badZlib, message: "zlib could not start", output: [], inputOffset: 0)
    }
    defer { inflateEnd(&stream) }

    // Inflate straight into the result, grown as needed, and with Z_FINISH: zlib then keeps no
    // 32 KiB sliding window for a stream that completes in one call (zlib manual, inflate()).
    let capacity = limit < Int.max ? limit + 1 : limit
    var output = [UInt8](repeating: 0, count: min(capacity, max(256, inBuffer.count * 4)))
    var produced = 0
    stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
    stream.avail_in = UInt32(inBuffer.count)
    while true {
      let space = output.count - produced
      let status = output.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
        stream.next_out = outBuffer.baseAddress.map { $0 + produced }
        stream.avail_out = UInt32(space)
        return CZlib.inflate(&stream, Z_FINISH)
      }
      produced += space - Int(stream.avail_out)
      if produced > limit {
        throw ZlibFailure(
          kind: .tooLarge,
          message: "the zlib stream inflates to more than \(limit) bytes, the documented limit",
          output: [], inputOffset: Int(stream.total_in))
      }
      switch status {
      case Z_STREAM_END:
        output.removeSubrange(produced...)
        return Inflated(output: output, consumed: Int(stream.total_in))
      case Z_OK where stream.avail_out == 0, Z_BUF_ERROR where stream.avail_out == 0:
        // The output is full: give zlib more room, at most one byte past the limit.
        // A zero-filled array appends as one copy; `repeatElement` went byte by byte (0.6 µs a
        // byte unoptimised, seconds for a stream near the limit).
        output.append(
          contentsOf: [UInt8](repeating: 0, count: min(output.count, capacity - output.count)))
      case Z_OK where stream.avail_in == 0, Z_BUF_ERROR where stream.avail_in == 0:
        throw ZlibFailure(
          kind: .truncatedZlib,
          message:
            "the zlib stream ends early after \(inBuffer.count) compressed bytes (\(produced) bytes inflated): the token was cut short, copy it again in full",
          output: Array(output[..<produced]), inputOffset: inBuffer.count)
      default:
        let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
        throw ZlibFailure(
          kind: .badZlib,
          message:
            "the compressed data is corrupt (\(reason)) at compressed byte \(stream.total_in)",
          output: Array(output[..<produced]), inputOffset: Int(stream.total_in))
      }
    }
  }

  /// Compresses `input` as one zlib stream at the default level, as Python's `zlib.compress` does.
  /// - Returns: the zlib stream (header `78 9c`).
  /// - Throws: ``ZlibFailure`` only if zlib itself fails (out of memory).
  static func deflate(_ input: [UInt8]) throws(ZlibFailure) -> [UInt8] {
    var bound = compressBound(uLong(input.count))
    var output = [UInt8](repeating: 0, count: Int(bound))
    let status = output.withUnsafeMutableBufferPointer { out in
      input.withUnsafeBufferPointer { inp in
        compress2(out.baseAddress, &bound, inp.baseAddress, uLong(inp.count), Z_DEFAULT_COMPRESSION)
      }
    }
    guard status == Z_OK else {
      throw ZlibFailure(
        kind: .badZlib, message: "zlib compress failed (\(status))", output: [], inputOffset: 0)
    }
    output.removeSubrange(Int(bound)...)
    return output
  }

  /// The CRC-32 (IEEE, as zlib computes it) of `bytes`; `crc32("") == 0`.
  static func crc32<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
  }
}

/// Why inflating failed, with the bytes inflated before the failure.
struct ZlibFailure: Error, Sendable {
  /// `bad_zlib`, `truncated_zlib` or `too_large`.
  var kind: TokenError.Kind
  /// A sentence for people.
  var message: String
  /// The bytes inflated before the failure (useful to recover fields of a truncated token).
  var output: [UInt8]
  /// How far into the compressed input zlib got.
  var inputOffset: Int
}
