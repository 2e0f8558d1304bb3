/// Names of the Agora SDK error codes the rules cite, for text output.
///
/// Source: Agora's error code reference (`RuleSource.errorCodes`): 17 `ERR_JOIN_CHANNEL_REJECTED`,
/// 101 `ERR_INVALID_APP_ID`, 102 `ERR_INVALID_CHANNEL_NAME`, 109 `ERR_TOKEN_EXPIRED`,
/// 110 `ERR_INVALID_TOKEN`.
public enum AgoraErrorCode {
  /// The short name of `code`, or `nil` when the table does not know it.
  public static func name(_ code: Int) -> String? {
    switch code {
    case 17: "join rejected"
    case 101: "invalid app id"
    case 102: "invalid channel name"
    case 109: "token expired"
    case 110: "invalid token"
    default: nil
    }
  }

  /// `Agora error 109 token expired`, or `Agora errors 110 invalid token, 17 join rejected`;
  /// `nil` for no codes.
  public static func label(_ codes: [Int]?) -> String? {
    guard let codes, !codes.isEmpty else { return nil }
    let named = codes.map { code in name(code).map { "\(code) \($0)" } ?? String(code) }
    return "Agora error\(codes.count == 1 ? "" : "s") " + named.joined(separator: ", ")
  }
}
