import AgoraToken

/// The one path from an input line to a judgment: repair, decode, verify, compare, lint, diagnose.
///
/// The CLI's `inspect`, `verify`, `lint` and `diff`, the token server and the benchmark all call
/// ``inspect(_:source:)`` (or ``run(jobs:read:render:emit:)`` for a batch) and only render what it
/// returns. Every fact is computed once here, in ``Inspector``, and the lint rules and the
/// diagnosis both read it: they judge the same facts, so they cannot disagree.
public struct InspectionPipeline: Sendable {
  /// The settings the pipeline was made with.
  public let settings: InspectionSettings
  private let inspector: Inspector
  private let linter: Linter
  private let lintContext: LintContext
  private let diagnosisContext: DiagnosisContext
  private let diagnoser = Diagnoser()
  /// The identities a 006 token may have been signed for: the join's and the built-for one.
  private let sampleIdentities: [ClientIdentity]

  /// Creates the pipeline for `settings`.
  public init(_ settings: InspectionSettings) {
    self.settings = settings
    inspector = Inspector(
      options: settings.decode, repair: settings.repair, certificates: settings.certificates,
      identity: settings.identity, signingIdentity: settings.context.signingIdentity)
    linter = settings.rules.map(Linter.init(selection:)) ?? Linter()
    lintContext = settings.lintContext
    var context = settings.context
    context.certificates = settings.certificates
    diagnosisContext = context
    sampleIdentities = [context.identity, context.signingIdentity].compactMap { $0 }
  }

  /// Judges one input as given (before repairs), read from `source`.
  public func inspect(_ raw: String, source: InputSource) -> LintedInput {
    var inspection = inspector.inspect(raw, source: source)
    inspection.signsWithSampleCertificate = SampleSignature.signs(
      inspection, certificates: settings.certificates, identities: sampleIdentities)
    let findings = linter.lint(inspection, context: lintContext)
    let diagnosis = diagnoser.diagnose(
      inspection, findings: findings, context: diagnosisContext, leeway: lintContext.leeway)
    return LintedInput(inspection: inspection, findings: findings, diagnosis: diagnosis)
  }

  /// Judges every input that `read` yields on `jobs` cores and hands each rendered record to
  /// `emit` in input order.
  ///
  /// `render` runs on the worker threads, so rendering scales with the judgment; `emit` runs on
  /// the calling thread. With one job each input is judged and emitted as soon as it is read.
  /// - Parameters:
  ///   - read: calls its argument once per input, in order; what it throws stops the run.
  /// - Throws: what `read` or `emit` throws.
  public func run<Record: Sendable>(
    jobs: Int,
    read: ((String, InputSource) throws -> Void) throws -> Void,
    render: @escaping @Sendable (LintedInput) -> Record,
    emit: (Record) throws -> Void
  ) throws {
    let pipeline = self
    try InspectionBatch<Record>(jobs: jobs).run(
      read: read, transform: { raw, source in render(pipeline.inspect(raw, source: source)) },
      emit: emit)
  }
}
