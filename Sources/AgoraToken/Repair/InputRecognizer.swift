#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Recognises inputs that are not Agora tokens: an empty value, a bare 32-hex id, a Chat REST
/// token (`YWMt…`) and a JWT.
///
/// Source: `recognized_as` and "Chat REST tokens" in `shared/cases/README.md`; the error
/// vocabulary (`empty`) of `shared/vectors/README.md`.
public enum InputRecognizer {
  /// What `raw` is, when it is not an Agora token; `text` is the repaired form.
  /// - Parameters:
  ///   - identity: the client's identity; an input equal to its App ID is called the App ID.
  ///   - certificates: the certificates given; an input equal to one is called the App Certificate
  ///     (its value is never repeated in the message).
  /// - Returns: a ``Recognition`` with kind `empty`, `hex32`, `chat_rest_token`, `jwt`,
  ///   `embedded_token` (tokens inside other text, for `--extract`) or `json_without_token`, or
  ///   `nil`.
  public static func recognize(
    raw: String, text: String, identity: ClientIdentity = ClientIdentity(),
    certificates: [AppCertificate] = []
  ) -> Recognition? {
    if text.isEmpty { return empty(raw: raw) }
    if isHex32(text) { return hex32(text, identity: identity, certificates: certificates) }
    // An Authorization header value copied whole: the credential follows the scheme.
    let credential = withoutBearerScheme(text)
    if credential.hasPrefix(ChatRestToken.prefix) { return ChatRestToken.recognize(credential) }
    if let jwt = JSONWebToken.recognize(credential) { return jwt }
    return embeddedTokens(text)
  }

  /// A line that holds tokens inside other text: a JSON body, `Bearer 007…`, `token: 007…`, a
  /// log line. The decoder reads a line as one token; `--extract` finds the tokens in it. JSON
  /// that holds no token at all is named as such.
  static func embeddedTokens(_ text: String) -> Recognition? {
    let inJSON = TokenExtraction.tokens(inJSON: text, searchText: true)
    if let inJSON, inJSON.isEmpty {
      return Recognition(
        kind: "json_without_token",
        message:
          "the line is JSON with no token in it (no string member named like a token or shaped like 007e..., 006..., YWMt...): copy the token itself, or the response body that holds it"
      )
    }
    let found = inJSON ?? TokenExtraction.tokens(inFreeText: text)
    // A line that is itself one token (damaged beyond repair) is not "inside other text".
    guard let first = found.first, found.count > 1 || first != text else { return nil }
    let what = found.count == 1 ? "a token" : "\(found.count) tokens"
    return Recognition(
      kind: "embedded_token",
      message:
        "the line holds \(what) inside other text, so the line as a whole is not a token: pass --extract to inspect the tokens found in each line (JSON bodies, headers, logs)",
      fields: [("tokens_found", String(found.count), false)])
  }

  /// `text` without a leading `Bearer ` (any case), as in an HTTP `Authorization` header.
  static func withoutBearerScheme(_ text: String) -> String {
    guard text.lowercased().hasPrefix("bearer ") else { return text }
    return InputRepair.trimmed(String(text.dropFirst(7)))
  }

  static func empty(raw: String) -> Recognition {
    Recognition(
      kind: "empty",
      message: raw.isEmpty
        ? "the value is empty: check that the variable or response field holding the token is set"
        : "nothing is left after trimming whitespace and quotes: the value holds no token")
  }

  static func hex32(
    _ text: String, identity: ClientIdentity, certificates: [AppCertificate]
  ) -> Recognition {
    let general =
      "32 hexadecimal characters: an App ID or an App Certificate, not a token (tokens start with a version such as 006 or 007)"
    if let appID = identity.appID, appID.lowercased() == text.lowercased() {
      return Recognition(
        kind: "hex32",
        message: general
          + ". It is exactly the App ID given (--app-id): the App ID was passed where the token belongs; build a token on your token server and pass that",
        fields: [(name: "equals_app_id", value: "true", inferred: false)])
    }
    if certificates.containsSecret(text) {
      return Recognition(
        kind: "hex32",
        message: general
          + ". It is the App Certificate given: a secret that must never reach a client; build a token with it on your server instead, and rotate it if it was shared",
        fields: [(name: "equals_app_certificate", value: "true", inferred: false)])
    }
    return Recognition(
      kind: "hex32",
      message: general + ". Pass a token built with the App ID and App Certificate instead")
  }
}
