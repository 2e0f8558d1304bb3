import AgoraToken

/// The names a token endpoint binds into a token, checked against Agora's documented limits
/// (``AgoraNameLimits``) before anything is signed: the server never issues a token that
/// `agtoken lint` would reject as an error (AT302, AT303, AT304, AT305).
enum BoundNames {
  /// `channel`: fewer than 64 bytes, of the documented characters.
  /// - Throws: ``ServerError`` `bad_parameter` naming the limit or the characters.
  static func channel(_ value: String) throws(ServerError) -> String {
    let bytes = value.utf8.count
    guard bytes <= AgoraNameLimits.channelNameMaxBytes else {
      throw ServerError.badParameter(
        "channel",
        "\(bytes) bytes; Agora accepts channel names of at most \(AgoraNameLimits.channelNameMaxBytes)"
      )
    }
    let bad = AgoraNameLimits.disallowedChannelCharacters(value)
    guard bad.isEmpty else {
      let shown = bad.prefix(8).map(Hex.codePoint)
      throw ServerError.badParameter(
        "channel",
        "contains \(shown.joined(separator: " ")), outside what Agora accepts: a-z, A-Z, 0-9, space and \(AgoraNameLimits.channelNamePunctuation)"
      )
    }
    return value
  }

  /// `account`: at most 255 bytes.
  /// - Throws: ``ServerError`` `bad_parameter` over the limit.
  static func account(_ value: String) throws(ServerError) -> String {
    try limited("account", value, to: AgoraNameLimits.accountMaxBytes)
  }

  /// The RTM `user_id`: at most 64 bytes.
  /// - Throws: ``ServerError`` `bad_parameter` over the limit.
  static func rtmUserID(_ value: String) throws(ServerError) -> String {
    try limited("user_id", value, to: AgoraNameLimits.rtmUserIDMaxBytes)
  }

  private static func limited(_ name: String, _ value: String, to limit: Int) throws(ServerError)
    -> String
  {
    let bytes = value.utf8.count
    guard bytes <= limit else {
      throw ServerError.badParameter(name, "\(bytes) bytes; Agora accepts at most \(limit)")
    }
    return value
  }
}
