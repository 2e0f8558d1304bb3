/// FPA (full-path acceleration) tokens, service 4, with the semantics of Agora's `FpaTokenBuilder`.
///
/// Source: `python3/src/fpa_token_builder.py` (AgoraIO/Tools): the token lifetime is fixed at
/// 86,400 seconds and the login privilege (1) is 0, lasting as long as the token.
public enum FpaTokenBuilder {
  /// The fixed lifetime of an FPA token, seconds.
  public static let expire: UInt32 = 86_400

  /// `build_token`: FPA login (privilege 1 = 0), token lifetime 86,400 s.
  /// - Throws: ``BuildError``, see ``AccessToken2Builder/build()``.
  public static func buildToken(
    appID: String, appCertificate: some AppCertificateConvertible,
    options: BuildOptions = BuildOptions()
  ) throws(BuildError) -> String {
    let fpa = Service(type: .fpa, privileges: [Privilege(id: 1, value: 0)], fields: .fpa)
    return try AccessToken2Builder(
      appID: appID, certificate: appCertificate, expire: expire, services: [fpa], options: options
    ).build()
  }
}
