import CZlib

/// The system zlib, wrapped for the token codecs: bounded inflate, deflate at the default level, CRC-32.
///
/// Source: zlib 1.2 manual (`inflateInit_`, `inflate`, `compress2`, `crc32`).
public enum Zlib {
  /// The outcome of inflating a zlib stream.
  public struct Inflated: Sendable {
    /// The decompressed bytes.
    public var output: [UInt8]
    /// How many input bytes the complete stream used; bytes after it are not part of the stream.
    public var consumed: Int
  }

  /// Inflates one zlib stream (RFC 1950), refusing to produce more than `limit` bytes.
  ///
  /// Bytes after the end of the stream are not an error; ``Inflated/consumed`` tells where the stream ended.
  /// - Throws: ``TokenError`` of kind `bad_zlib` (bad header, corrupt data, Adler-32 mismatch),
  ///   `truncated_zlib` (the input ends before the stream does; ``TokenError/partial`` is not set here,
  ///   but the bytes inflated so far are in the message's companion ``truncatedOutput``), or `too_large`.
  public static func inflate(_ input: [UInt8], limit: Int) throws(ZlibFailure) -> Inflated {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw ZlibFailure(kind: .badZlib, message: "zlib could not start", output: [], inputOffset: 0)
    }
    defer { inflateEnd(&stream) }

    var output: [UInt8] = []
    output.reserveCapacity(min(limit, max(256, input.count * 4)))
    let chunkSize = 16 * 1024
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    return try input.withUnsafeBufferPointer { (inBuffer) throws(ZlibFailure) -> Inflated in
      stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
      stream.avail_in = UInt32(inBuffer.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = UInt32(chunkSize)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunkSize - Int(stream.avail_out)
        if output.count + produced > limit {
          throw ZlibFailure(
            kind: .tooLarge,
            message: "the zlib stream inflates to more than \(limit) bytes, the documented limit",
            output: [], inputOffset: Int(stream.total_in))
        }
        output.append(contentsOf: chunk[0..<produced])
        switch status {
        case Z_STREAM_END:
          return Inflated(output: output, consumed: Int(stream.total_in))
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          throw ZlibFailure(
            kind: .truncatedZlib,
            message:
              "the zlib stream ends early after \(inBuffer.count) compressed bytes (\(output.count) bytes inflated): the token was cut short, copy it again in full",
            output: output, inputOffset: inBuffer.count)
        default:
          let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
          throw ZlibFailure(
            kind: .badZlib,
            message:
              "the compressed data is corrupt (\(reason)) at compressed byte \(stream.total_in)",
            output: output, inputOffset: Int(stream.total_in))
        }
      }
    }
  }

  /// Compresses `input` as one zlib stream at the default level, as Python's `zlib.compress` does.
  /// - Returns: the zlib stream (header `78 9c`).
  /// - Throws: ``ZlibFailure`` only if zlib itself fails (out of memory).
  public static func deflate(_ input: [UInt8]) throws(ZlibFailure) -> [UInt8] {
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
  public static func crc32<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
  }
}

/// Why inflating failed, with the bytes inflated before the failure.
public struct ZlibFailure: Error, Sendable {
  /// `bad_zlib`, `truncated_zlib` or `too_large`.
  public var kind: TokenError.Kind
  /// A sentence for people.
  public var message: String
  /// The bytes inflated before the failure (useful to recover fields of a truncated token).
  public var output: [UInt8]
  /// How far into the compressed input zlib got.
  public var inputOffset: Int
}
