import AgoraToken

/// How a token's channel name compares with the client's (`--channel`).
enum ChannelComparison {
  /// Equal byte for byte.
  case equal
  /// Equal only when letter case and surrounding whitespace are ignored.
  case equalIgnoringCaseOrWhitespace
  /// Different.
  case different

  /// Compares the token's channel with the client's.
  init(token: String, client: String) {
    if token == client {
      self = .equal
    } else if token.trimmingSpaces.lowercased() == client.trimmingSpaces.lowercased() {
      self = .equalIgnoringCaseOrWhitespace
    } else {
      self = .different
    }
  }

  /// The RTC services with a channel name that the client's channel does not match exactly.
  static func mismatches(_ inspection: Inspection, context: LintContext)
    -> [(index: Int, service: Service, token: String, client: String, kind: ChannelComparison)]
  {
    guard let client = context.identity.channel, let token = inspection.accessToken2 else {
      return []
    }
    return token.services.enumerated().compactMap { index, service in
      guard service.type == .rtc, let channel = service.channelName else { return nil }
      let kind = ChannelComparison(token: channel, client: client)
      if kind == .equal { return nil }
      return (index: index, service: service, token: channel, client: client, kind: kind)
    }
  }
}
