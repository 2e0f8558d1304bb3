import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import Foundation

/// In-process throughput benchmark: `swift run -c release agtoken-bench [--format json] [--token FILE]`.
///
/// Prints tokens/s for decode, decode + verify, and decode + verify + lint + JSON render: the
/// median of several timed runs on one core, with the machine and the build configuration. A
/// fourth row encodes the full row's finished document only, to show what `JSONEncoder` alone
/// allows, and a fifth computes only the three HMAC-SHA256 of a 007 signature check with
/// swift-crypto, to show what verification's library allows. `--row ID` (repeatable: `decode`,
/// `verify`, `full`, `json`, `hmac`) runs only the rows named, which
/// keeps a profile to one row.
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
        "json", "JSON render only (JSONEncoder)", 50_000,
        {
          JSONRenderer.line(document).utf8.count
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
    let report = Report(
      machine: Machine.describe(), configuration: configuration, token_length: token.utf8.count,
      results: results)
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
        let padded = result.name.padding(toLength: 40, withPad: " ", startingAt: 0)
        print("\(padded) \(Int(result.tokens_per_second)) tokens/s")
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
}

struct Report: Encodable {
  let machine: String
  let configuration: String
  let token_length: Int
  let results: [Result]
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
