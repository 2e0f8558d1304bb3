import AgoraToken

/// The `--verbose` trace: one stderr line per input that says what happened to it.
///
/// It names certificates only by origin (`file certs.txt line 2`) and tokens only by fingerprint,
/// so a trace can be pasted into an issue.
enum VerboseLog {
  /// Writes the trace line for `inspection`, tried against certificates from `origins`.
  static func trace(_ inspection: Inspection, origins: [String]) {
    var parts = [
      "\(inspection.source.file):\(inspection.source.line)",
      "fingerprint \(inspection.fingerprint)",
    ]
    if !inspection.repairs.isEmpty {
      parts.append("repairs " + inspection.repairs.map(\.name).joined(separator: ","))
    }
    if let decoded = inspection.decoded {
      parts.append("decoded \(decoded.token.version)")
      if !decoded.warnings.isEmpty {
        parts.append("warnings " + decoded.warnings.map(\.kind.rawValue).joined(separator: ","))
      }
    }
    if let error = inspection.error { parts.append("error \(error.kind.rawValue)") }
    if let recognition = inspection.recognition { parts.append("recognized \(recognition.kind)") }
    parts.append("signature \(inspection.signature.status.rawValue)")
    if !origins.isEmpty { parts.append("certificates tried: " + origins.joined(separator: "; ")) }
    if let matched = inspection.signature.matchedOrigin { parts.append("matched \(matched)") }
    Output.standardError("agtoken: " + parts.joined(separator: ", "))
  }
}
