import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import Crypto
import Foundation

/// In-process throughput benchmark: `swift run -c release agtoken-bench [--format json] [--token FILE]`.
///
/// Prints tokens/s for decode, decode + verify, and decode + verify + lint + JSON render: the
/// median of several timed runs on one core, with the machine and the build configuration. A
/// fourth row encodes the full row's finished document only with the report encoder, a fifth
/// with `JSONEncoder` (what the report encoder replaced), and a sixth computes only the three
/// HMAC-SHA256 of a 007 signature check with swift-crypto, to show what verification's library
/// allows. `--row ID` (repeatable: `decode`, `verify`, `full`, `json`, `json-foundation`, `hmac`,
/// `hmac-incremental`)
/// runs only the rows named, which keeps a profile to one row.
///
/// When the C floor of `shared/bench/floor.c` is built (`AGTOKEN_FLOOR=PATH`, or `.build/floor`),
/// it runs in the same process tree right after the rows, and every row gets its ratio to the
/// floor: the machine's speed moves by half from one minute to the next, so only ratios measured
/// in one run compare.
@main
enum Bench {
  static func main() throws {
    let arguments = CommandLine.arguments.dropFirst()
    let options = zip(arguments, arguments.dropFirst())
    let json = options.contains { $0 == ("--format", "json") }
    let selected = options.filter { $0.0 == "--row" }.map(\.1)
    let scale = Int(ProcessInfo.processInfo.environment["AGTOKEN_BENCH_SCALE"] ?? "") ?? 1
    // A typical RTC publisher token (about 200 characters), built here so the benchmark needs no
    // files and verification takes the common path: the certificate matches. Its App ID, uid
    // and channel are none of Agora's sample values, which the lint treats as a special case.
    let secret = "0123456789abcdef0123456789abcdef"
    let token = try RtcTokenBuilder2.buildTokenWithUID(
      appID: "1f3a5c7e9b2d4f6a8c0e2b4d6f8a0c2e", appCertificate: secret,
      channelName: "benchmark-channel-2024", uid: 1_234_567_890, role: .publisher,
      tokenExpire: 3600, privilegeExpire: 3600,
      options: BuildOptions.reference(issueTs: 1_700_000_000, salt: 12_345_678))
    let certificate = AppCertificate(secret: secret, origin: "bench")
    let now: UInt64 = 1_700_000_000
    let pipeline = InspectionPipeline(InspectionSettings(now: now, certificates: [certificate]))
    guard case .accessToken2(let decoded)? = try? TokenDecoder.decode(token).token else { return }
    let linted = pipeline.inspect(token, source: InputSource(file: "bench", line: 1))
    let document = InspectionDocument(
      linted.inspection, now: now, findings: linted.findings, diagnosis: linted.diagnosis)

    let secretBytes = Array(secret.utf8)
    let foundationEncoder = JSONEncoder()
    foundationEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let rows: [(String, String, Int, () -> Int)] = [
      (
        "decode", "decode", 200_000,
        {
          (try? TokenDecoder.decode(token)) == nil ? 0 : 1
        }
      ),
      (
        "verify", "decode + verify", 100_000,
        {
          guard let decoded = try? TokenDecoder.decode(token) else { return 0 }
          return TokenVerifier.verify(decoded.token, certificates: [certificate]).status == .invalid
            ? 1 : 0
        }
      ),
      (
        "full", "decode + verify + lint + diagnosis + JSON render", 50_000,
        {
          let linted = pipeline.inspect(token, source: InputSource(file: "bench", line: 1))
          return JSONRenderer.line(
            InspectionDocument(
              linted.inspection, now: now, findings: linted.findings, diagnosis: linted.diagnosis)
          ).utf8.count
        }
      ),
      (
        "json", "JSON render only (report encoder)", 50_000,
        {
          JSONRenderer.line(document).utf8.count
        }
      ),
      (
        "json-foundation", "JSON render only (JSONEncoder)", 20_000,
        {
          (try? foundationEncoder.encode(document))?.count ?? 0
        }
      ),
      (
        "hmac", "3 x HMAC-SHA256 only (swift-crypto)", 100_000,
        {
          AccessToken2Signer.sign(
            signingInfo: decoded.signingInfo, certificate: secret, issueTs: decoded.issueTs,
            salt: decoded.salt
          ).count
        }
      ),
      (
        "hmac-incremental", "3 x HMAC-SHA256, incremental API, 4-byte keys", 100_000,
        {
          IncrementalHMAC.sign(
            signingInfo: decoded.signingInfo, certificate: secretBytes, issueTs: decoded.issueTs,
            salt: decoded.salt
          )
        }
      ),
    ]

    let unknown = selected.filter { id in !rows.contains { $0.0 == id } }
    guard unknown.isEmpty else {
      let known = rows.map(\.0).joined(separator: ", ")
      FileHandle.standardError.write(
        Data("agtoken-bench: unknown row \(unknown.joined(separator: ", ")); rows: \(known)\n".utf8)
      )
      exit(2)
    }
    var results: [Result] = []
    for (id, name, iterations, body) in rows where selected.isEmpty || selected.contains(id) {
      var rates: [Double] = []
      var sink = 0
      for _ in 0..<5 {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
          for _ in 0..<max(1, iterations / scale) { sink &+= body() }
        }
        let seconds =
          Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        rates.append(Double(max(1, iterations / scale)) / seconds)
      }
      rates.sort()
      results.append(
        Result(
          id: id, name: name, tokens_per_second: rates[rates.count / 2].rounded(),
          runs: rates.count,
          check: sink))
    }
    let floor = Floor.measure(iterations: max(10_000, 300_000 / scale))
    if let floor {
      results = results.map { result in
        var rated = result
        rated.floor_ratio = (result.tokens_per_second / floor * 1000).rounded() / 1000
        return rated
      }
    }
    let report = Report(
      machine: Machine.describe(), configuration: configuration, token_length: token.utf8.count,
      floor_tokens_per_second: floor, results: results)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(report), as: UTF8.self))
    } else {
      print("machine: \(report.machine)")
      print(
        "build: \(report.configuration), token: \(report.token_length) characters, median of 5 runs, 1 thread"
      )
      for result in results {
        let padded = result.name.padding(toLength: 50, withPad: " ", startingAt: 0)
        let ratio = result.floor_ratio.map { String(format: "  %.3f x floor", $0) } ?? ""
        print("\(padded) \(Int(result.tokens_per_second)) tokens/s\(ratio)")
      }
      if let floor {
        print(
          "C floor (base64 + inflate + 3 HMAC-SHA256)".padding(
            toLength: 50, withPad: " ", startingAt: 0) + " \(Int(floor)) tokens/s  1.000 x floor")
      } else {
        print(
          "no C floor: build it with `gcc -O2 -o .build/floor floor.c -lz -lcrypto` (shared/bench) for the ratios"
        )
      }
    }
  }

  static var configuration: String {
    #if DEBUG
      "debug"
    #else
      "release"
    #endif
  }
}

/// One row's result. `check` sums the row's return values (decodes, invalid signatures, bytes
/// rendered), so that the optimiser cannot drop the work; it is not a rate.
struct Result: Encodable {
  let id: String
  let name: String
  let tokens_per_second: Double
  let runs: Int
  let check: Int
  /// The rate over the C floor's rate, measured in the same run; absent without a floor.
  var floor_ratio: Double?
}

struct Report: Encodable {
  let machine: String
  let configuration: String
  let token_length: Int
  let floor_tokens_per_second: Double?
  let results: [Result]
}

/// The C floor of `shared/bench/floor.c`, when built: its `all` line's tokens per second.
enum Floor {
  static func measure(iterations: Int) -> Double? {
    let environment = ProcessInfo.processInfo.environment
    let path = environment["AGTOKEN_FLOOR"] ?? ".build/floor"
    guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = [String(iterations)]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return nil }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // "all, 1 core   1421 ns/token = 703709 tokens/s"
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("all") }),
      let equals = line.lastIndex(of: "=")
    else { return nil }
    return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
  }
}

enum Machine {
  static func describe() -> String {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .map {
        $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
          ?? ""
      }
      ?? "unknown CPU"
    return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores"
  }
}

/// The 007 signing recipe through swift-crypto's incremental API (`init(key:)`, `update`,
/// `finalize`) with the integers' four bytes as keys, against the one-shot calls with
/// block-sized keys of `AccessToken2Signer`: the issue asks which path through the public API is
/// cheapest.
enum IncrementalHMAC {
  static func sign(signingInfo: [UInt8], certificate: [UInt8], issueTs: UInt32, salt: UInt32)
    -> Int
  {
    var first = HMAC<SHA256>(key: key(issueTs))
    first.update(data: certificate)
    let k1 = first.finalize()
    var second = HMAC<SHA256>(key: key(salt))
    k1.withUnsafeBytes { second.update(data: $0) }
    let k2 = second.finalize()
    var third = HMAC<SHA256>(key: k2.withUnsafeBytes { SymmetricKey(data: $0) })
    third.update(data: signingInfo)
    return third.finalize().withUnsafeBytes { Int($0[0]) }
  }

  private static func key(_ value: UInt32) -> SymmetricKey {
    withUnsafeBytes(of: value.littleEndian) { SymmetricKey(data: $0) }
  }
}
