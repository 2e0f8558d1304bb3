/// Agora's documented limits on the names a token binds, shared by the lint rules that judge a
/// token (AT302 `channel_name_too_long`, AT303 `channel_name_invalid_chars`, AT304
/// `account_too_long`, AT305 `user_id_too_long`) and by the token server, which refuses to
/// issue a token those rules would reject.
///
/// Sources: the `channelId` and `userAccount` parameters of `joinChannel` in Agora's RTC API
/// reference (a channel name shorter than 64 bytes, of a-z, A-Z, 0-9, space and
/// `! # $ % & ( ) + - : ; < = . > ? @ [ ] ^ _ { } | ~ ,`; a user account of at most 255 bytes),
/// and the RTM `login` reference (a user id of at most 64 bytes).
public enum AgoraNameLimits {
  /// The longest RTC channel name, in UTF-8 bytes: Agora requires fewer than 64.
  public static let channelNameMaxBytes = 63
  /// The longest RTC string user account, in UTF-8 bytes.
  public static let accountMaxBytes = 255
  /// The longest RTM or RTM2 user id, in UTF-8 bytes.
  public static let rtmUserIDMaxBytes = 64

  /// The documented punctuation of channel names, besides ASCII letters, digits and space.
  public static let channelNamePunctuation = "!#$%&()+-:;<=.>?@[]^_{}|~,"

  private static let punctuationScalars = Set(channelNamePunctuation.unicodeScalars)

  /// Whether `scalar` may appear in an RTC channel name.
  public static func isAllowedInChannelName(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
      || scalar == " " || punctuationScalars.contains(scalar)
  }

  /// The characters of `channel` outside the documented set, each once, in order of appearance;
  /// empty for a valid name.
  public static func disallowedChannelCharacters(_ channel: String) -> [Unicode.Scalar] {
    var bad: [Unicode.Scalar] = []
    for scalar in channel.unicodeScalars where !isAllowedInChannelName(scalar) {
      if !bad.contains(scalar) { bad.append(scalar) }
    }
    return bad
  }
}
