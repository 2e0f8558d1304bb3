/// Recognises inputs that are not Agora tokens (a bare 32-hex id, a Chat REST token, a JWT).
public enum InputRecognizer {
  /// What `raw` is, when it is not an Agora token; `text` is the repaired form.
  public static func recognize(raw: String, text: String) -> Recognition? {
    nil
  }
}
