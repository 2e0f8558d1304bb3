import AgoraToken

/// AT103 `unknown_service_type`: a service type outside 1...8; decoding stopped there.
///
/// Source: the `kService*` constants and `AccessToken.from_string` in `python3/src/AccessToken2.py`,
/// which stops at the first unknown type (services carry no length prefix).
struct UnknownServiceType: LintRule {
  let descriptor = RuleDescriptor(
    code: "AT103", name: "unknown_service_type", severity: .warning, category: .structure,
    structural: true,
    summary:
      "A service type outside 1..8: nothing after it can be decoded.",
    explanation:
      "Services carry no length prefix, so every reference parser stops at the first type it does not know and silently drops it and every service after it. Builders sort services by type, so type 0 hides every known service.",
    fix:
      "Build the token with a current reference builder and only the documented service types (1 RTC ... 8 RTM2).",
    source: RuleSource.accessToken2)

  func check(_ inspection: Inspection, context: LintContext) -> [Finding] {
    guard let token = inspection.accessToken2, let unknown = token.unparsedService else {
      return []
    }
    return [
      descriptor.finding(
        "service type \(unknown.type) is not a known type (1..8); it and \(unknown.bytes.count) bytes after it were not decoded",
        field: .service(token.services.count), value: .number(unknown.type))
    ]
  }
}
