import AgoraToken
import AgoraTokenLint
import ArgumentParser

/// The effective lint settings: `.agtoken.toml` values overridden by command-line flags.
struct LintSettings {
  let selection: RuleSelection
  let failOn: Severity
  let format: ReportFormat
  /// The pipeline's settings, without certificates (``LintCommand`` loads them after the flags
  /// are known to be valid).
  let inspection: InspectionSettings

  /// Merges the file's settings with the command's flags.
  /// - Throws: `ValidationError` for unknown rules, services, privileges, formats or durations.
  init(command: LintCommand, file: LintConfiguration) throws {
    do {
      selection = try RuleSelection(
        select: command.select.isEmpty ? file.select ?? [] : command.select,
        ignore: command.ignore.isEmpty ? file.ignore ?? [] : command.ignore)
      failOn = command.gate.failOn?.severity ?? file.failOn ?? .error
      if let format = command.format {
        self.format = format
      } else if let name = file.format {
        guard let format = ReportFormat(rawValue: name) else {
          throw LintConfigurationError(
            "format '\(name)' in the config is not one of text, json, json-array, ndjson, sarif, github"
          )
        }
        self.format = format
      } else {
        format = .text
      }
      let window = try command.expiresWithin.map { text throws(LintConfigurationError) in
        try DurationText.seconds(text)
      }
      let services =
        try command.expectService.isEmpty
        ? file.expectServices ?? []
        : command.expectService.flatMap { $0.split(separator: ",").map(String.init) }.map {
          text throws(LintConfigurationError) in try ExpectationParser.service(text)
        }
      let privileges =
        try command.expectPrivilege.isEmpty
        ? file.expectPrivileges ?? []
        : command.expectPrivilege.flatMap { $0.split(separator: ",").map(String.init) }.map {
          text throws(LintConfigurationError) in try ExpectationParser.privilege(text)
        }
      if let leeway = command.leeway, leeway > LintContext.maximumDuration {
        throw ValidationError(
          "--leeway: \(leeway) seconds is too large: at most \(LintContext.maximumDuration) (the span from 1970 to the year 9999)"
        )
      }
      let moment = command.time.moment()
      inspection = InspectionSettings(
        now: moment,
        decode: DecodeOptions(strict: command.input.strict), repair: !command.input.noRepair,
        context: command.diagnosis.context(
          identity: command.identity.identity, now: command.time.now, judged: moment),
        leeway: command.leeway ?? file.leeway ?? 0,
        expiresWithin: window ?? file.expiresWithin,
        expectedServices: services, expectedPrivileges: privileges, rules: selection,
        minimumLifetime: file.minimumLifetime ?? LintContext.defaultMinimumLifetime)
    } catch let error as LintConfigurationError {
      throw ValidationError(error.message)
    }
  }
}
