import AgoraToken
import AgoraTokenLint
import AgoraTokenTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AgoraTokenReport

/// The report encoder writes JSONEncoder's bytes: for the documents of every fixture, golden
/// input and sample, pretty and compact, and for random documents full of hostile strings.
@Suite("report JSON equals JSONEncoder's")
struct JSONWriterDifferentialTests {
  /// Every token-like input of the fixtures, the golden lint inputs and the samples.
  static let inputs: [String] = {
    var inputs: [String] = []
    for name in ["tokens-007.json", "tokens-006.json", "tokens-legacy.json"] {
      inputs += Fixtures.cases(name).compactMap { $0["token"] as? String }
    }
    for name in ["malformed.json", "real-world.json"] {
      inputs += Fixtures.cases(name).compactMap { $0["input"] as? String }
    }
    let root = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
    let samples = root.appendingPathComponent("samples")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
    for file in files.sorted() where file.hasSuffix(".token") {
      if let text = try? String(
        contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
      {
        inputs.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
      }
    }
    return inputs
  }()

  /// The documents of `input`, judged with and without a certificate and an identity, so that
  /// findings, identity checks, hints and diagnoses all appear.
  static func documents(_ input: String) -> [InspectionDocument] {
    let certificate = AppCertificate(secret: "5CFd2fd1755d40ecb72977518be15d3b", origin: "test")
    let settings = [
      InspectionSettings(now: 1_718_003_700),
      InspectionSettings(
        now: 1_718_003_700, certificates: [certificate],
        context: DiagnosisContext(
          failureTime: 1_718_003_700,
          identity: ClientIdentity(appID: "970ca35de60c44645bbae8a215061b33", channel: "demo"))),
    ]
    return settings.map { settings in
      let judged = InspectionPipeline(settings).inspect(
        input, source: InputSource(file: "fixtures", line: 1))
      return InspectionDocument(
        judged.inspection, now: settings.now, showToken: true, findings: judged.findings,
        diagnosis: judged.diagnosis)
    }
  }

  @Test("the fixtures hold enough inputs")
  func enoughInputs() { #expect(Self.inputs.count >= 150) }

  @Test("every fixture's document, pretty and compact")
  func fixtures() throws {
    for input in Self.inputs {
      for document in Self.documents(input) {
        let reference = (
          pretty: JSONRenderer.foundationPretty(document),
          line: JSONRenderer.foundationLine(document)
        )
        // The Encodable path through the stream, the DirectJSON fast path, and the renderer.
        #expect(try ReportJSONEncoder(pretty: true).encode(document) == reference.pretty)
        #expect(try ReportJSONEncoder(pretty: false).encode(document) == reference.line)
        #expect(
          try ReportJSONEncoder(pretty: true).encode(direct: document) == reference.pretty,
          "\(input.prefix(40))")
        #expect(
          try ReportJSONEncoder(pretty: false).encode(direct: document) == reference.line,
          "\(input.prefix(40))")
        #expect(JSONRenderer.pretty(document) == reference.pretty)
        #expect(JSONRenderer.line(document) == reference.line)
      }
    }
  }

  @Test("an array of documents, a rule list and an empty array")
  func containers() throws {
    let documents = Self.inputs.prefix(20).flatMap(Self.documents)
    #expect(
      try ReportJSONEncoder(pretty: true).encode(documents)
        == JSONRenderer.foundationPretty(documents))
    let rules = RuleRegistry.descriptors
    #expect(
      try ReportJSONEncoder(pretty: true).encode(rules) == JSONRenderer.foundationPretty(rules))
    let empty: [InspectionDocument] = []
    #expect(
      try ReportJSONEncoder(pretty: true).encode(empty) == JSONRenderer.foundationPretty(empty))
    #expect(
      try ReportJSONEncoder(pretty: false).encode(empty) == JSONRenderer.foundationLine(empty))
  }

  @Test("random documents with hostile strings and keys")
  func randomDocuments() async {
    await propertyCheck(count: 400, input: Gen.int(in: 0...Int.max)) { seed in
      var random = SplitMix64(seed: UInt64(seed))
      let document = RandomJSON.make(&random, depth: 0)
      for pretty in [true, false] {
        let ours = try? ReportJSONEncoder(pretty: pretty).encode(document)
        let reference =
          pretty ? JSONRenderer.foundationPretty(document) : JSONRenderer.foundationLine(document)
        #expect(ours == reference, "seed \(seed)")
      }
    }
  }

  @Test("a floating-point value is left to JSONEncoder")
  func floatingPointFallsBack() {
    #expect(throws: UnsupportedJSONValue.self) {
      try ReportJSONEncoder(pretty: false).encode(["x": 0.5])
    }
    #expect(JSONRenderer.line(["x": 0.5]) == #"{"x":0.5}"#)
  }
}

/// A random JSON document: objects keyed by random strings, arrays, strings, integers, booleans
/// and nulls.
indirect enum RandomJSON: Encodable {
  case object([String: RandomJSON])
  case array([RandomJSON])
  case string(String)
  case integer(Int)
  case unsigned(UInt64)
  case bool(Bool)
  case null

  func encode(to encoder: any Encoder) throws {
    var single = encoder.singleValueContainer()
    switch self {
    case .object(let members): try single.encode(members)
    case .array(let items): try single.encode(items)
    case .string(let text): try single.encode(text)
    case .integer(let number): try single.encode(number)
    case .unsigned(let number): try single.encode(number)
    case .bool(let flag): try single.encode(flag)
    case .null: try single.encodeNil()
    }
  }

  /// The characters the strings are drawn from: C0 controls, quotes and backslashes, `/`, DEL,
  /// line and paragraph separators, non-BMP, combining marks, bidi overrides, and the U+FFFD
  /// that a lone surrogate or a bad UTF-8 byte from an input turns into.
  static let alphabet: [String] =
    (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
      "\"", "\\", "/", "\u{7F}", "\u{2028}", "\u{2029}", "😀", "𝄞", "e\u{301}", "\u{202E}", "a",
      "Z", "0", "_", " ", "é", "中", "\u{FEFF}",
      String(decoding: [0xD800] as [UInt16], as: UTF16.self),
      String(decoding: [0xC3, 0x28, 0xFF] as [UInt8], as: UTF8.self),
    ]

  static func text(_ random: inout SplitMix64) -> String {
    let count = Int(random.next() % 8)
    return (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
      .joined()
  }

  static func make(_ random: inout SplitMix64, depth: Int) -> RandomJSON {
    let kind = random.next() % (depth > 3 ? 5 : 7)
    switch kind {
    case 0: return .string(text(&random))
    case 1: return .integer(Int(truncatingIfNeeded: random.next()))
    case 2: return .unsigned(random.next())
    case 3: return .bool(random.next() % 2 == 0)
    case 4: return .null
    case 5:
      var members: [String: RandomJSON] = [:]
      for _ in 0..<Int(random.next() % 5) {
        members[text(&random)] = make(&random, depth: depth + 1)
      }
      return .object(members)
    default:
      return .array((0..<Int(random.next() % 5)).map { _ in make(&random, depth: depth + 1) })
    }
  }
}

/// SplitMix64: a small deterministic generator, so that a failing seed reproduces.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
