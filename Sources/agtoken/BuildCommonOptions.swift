import AgoraToken
import AgoraTokenLint
import AgoraTokenReport
import ArgumentParser

/// The options every `agtoken build` subcommand shares: identity, certificate, reproducibility,
/// agtoken's own checks and the output format.
struct BuildCommonOptions: ParsableArguments {
  @Option(
    name: .customLong("app-id"),
    help: ArgumentHelp("The App ID (32 hex characters); default: AGORA_APP_ID.", valueName: "id"))
  var appID: String?

  @OptionGroup(title: "Certificate (exactly one)")
  var certificates: CertificateOptions

  @Option(
    name: .customLong("issue-ts"),
    help: ArgumentHelp("The issue time, Unix seconds; default: now.", valueName: "unix-seconds"))
  var issueTs: UInt32?

  @Option(help: ArgumentHelp("The salt; default: a secure random 1...99999999.", valueName: "n"))
  var salt: UInt32?

  @Flag(
    name: .customLong("allow-long-lifetime"),
    help: "Accept a lifetime over 86400 seconds (24 hours).")
  var allowLongLifetime = false

  @Flag(
    name: .customLong("allow-absolute-expire"),
    help: "Accept a lifetime of 1000000000 or more (it looks like a Unix time).")
  var allowAbsoluteExpire = false

  @Option(
    name: .shortAndLong,
    help: "Output format: text (the token) or json (the token and its decoded document).")
  var format: BuildFormat = .text

  /// The time the JSON document's `expired` field is judged at.
  @OptionGroup var time: NowOption

  /// The variable read when --app-id is not given.
  static let appIDVariable = "AGORA_APP_ID"

  func validate() throws {
    _ = try resolvedAppID()
  }

  /// The App ID from --app-id or AGORA_APP_ID.
  /// - Throws: `ValidationError` when neither is set.
  func resolvedAppID() throws -> String {
    guard let appID = appID ?? Environment.value(Self.appIDVariable), !appID.isEmpty else {
      throw ValidationError("give the App ID with --app-id or \(Self.appIDVariable)")
    }
    return appID
  }

  /// Resolves the app id, the one certificate and the options, runs `build`, and prints the result.
  /// - Throws: `ValidationError` (exit 2) for a missing app id or not exactly one certificate;
  ///   `ExitCode(2)` after printing a ``BuildError``.
  func emit(_ build: (BuildInputs) throws(BuildError) -> String) throws {
    let appID = try resolvedAppID()
    let loaded = try certificates.load()
    guard loaded.count == 1, let certificate = loaded.first else {
      if loaded.isEmpty {
        throw ValidationError(
          "no certificate given: use --cert-file, --cert-env, --cert-stdin or \(CertificateOptions.defaultVariable)"
        )
      }
      throw ValidationError(
        "\(loaded.count) certificates given (\(loaded.map(\.origin).joined(separator: ", "))); a token is signed with exactly one"
      )
    }
    let options = BuildOptions(
      issueTs: issueTs, salt: salt, allowsLongLifetime: allowLongLifetime,
      allowsAbsoluteLookingValues: allowAbsoluteExpire)
    let token: String
    do {
      token = try build(BuildInputs(appID: appID, certificate: certificate, options: options))
    } catch {
      Output.standardError("error: \(error.kind): \(error.message)")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    switch format {
    case .text:
      Output.line(token)
    case .json:
      // The document `inspect --format json` prints: findings, diagnosis and the status they give.
      let moment = time.moment()
      var context = DiagnosisContext(failureTime: moment)
      context.failureTimeIsClock = time.now == nil
      let linted = InspectionPipeline(
        InspectionSettings(now: moment, certificates: [certificate], context: context)
      ).inspect(token, source: InputSource(file: "build", line: 1))
      let document = InspectionDocument(
        linted.inspection, now: moment, findings: linted.findings, diagnosis: linted.diagnosis)
      Output.line(JSONRenderer.pretty(BuiltTokenDocument(token: token, document: document)))
    }
    Output.flush()
  }
}

/// What a build subcommand needs besides its own options.
struct BuildInputs {
  /// The App ID.
  let appID: String
  /// The one certificate.
  let certificate: AppCertificate
  /// Issue time, salt and checks.
  let options: BuildOptions
}

/// `agtoken build --format` values.
enum BuildFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// `--format json` output: the token and the same document `agtoken inspect --format json` prints.
struct BuiltTokenDocument: Encodable {
  let token: String
  let document: InspectionDocument
}
