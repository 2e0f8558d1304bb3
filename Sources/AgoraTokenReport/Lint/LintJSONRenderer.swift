import AgoraToken
import AgoraTokenLint

/// The JSON lint reports: inspect documents with their `findings`.
public enum LintJSONRenderer {
  /// `--format json`: a pretty-printed array with one ``InspectionDocument`` per input.
  /// - Parameter now: the time the documents' derived fields are computed at, Unix seconds.
  public static func document(_ inputs: [LintedInput], now: UInt64, showToken: Bool = false)
    -> String
  {
    JSONRenderer.pretty(
      inputs.map {
        InspectionDocument(
          $0.inspection, now: now, showToken: showToken, findings: $0.findings,
          diagnosis: $0.diagnosis)
      }) + "\n"
  }

  /// `--format ndjson`: one line for one input.
  public static func line(_ input: LintedInput, now: UInt64, showToken: Bool = false) -> String {
    JSONRenderer.line(
      InspectionDocument(
        input.inspection, now: now, showToken: showToken, findings: input.findings,
        diagnosis: input.diagnosis))
      + "\n"
  }
}
