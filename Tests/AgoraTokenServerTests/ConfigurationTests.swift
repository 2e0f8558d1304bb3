import AgoraToken
import AgoraTokenServer
import Testing

/// The properties file parser and the precedence of flags, environment, properties and defaults.
@Suite("server configuration")
struct ConfigurationTests {
  @Test("application.properties parses as java.util.Properties does")
  func properties() {
    let file = PropertiesFile(
      parsing: """
        # Agora Chat demo
        ! another comment
        server.port=8091
        appid : 0123
          appcert   abc\\
            def
        expire.second=\\u0036\\u0030
        empty=
        key\\ with\\ spaces = v\\tw
        server.port=8092\r
        """)
    #expect(file["server.port"] == "8092")
    #expect(file["appid"] == "0123")
    #expect(file["appcert"] == "abcdef")
    #expect(file["expire.second"] == "60")
    #expect(file["empty"] == "")
    #expect(file["key with spaces"] == "v\tw")
    #expect(file["missing"] == nil)
  }

  static func sources(
    environment: [String: String] = [:], files: [String: String] = [:],
    modes: [String: UInt32] = [:], stdin: String = ""
  ) -> ConfigurationSources {
    ConfigurationSources(
      environment: { environment[$0] }, readFile: { files[$0] }, fileMode: { modes[$0] },
      readStandardInput: { stdin })
  }

  let appID = ServerFixture.randomHex32()
  let certificate = ServerFixture.randomHex32()
  let other = ServerFixture.randomHex32()

  @Test("defaults: 127.0.0.1:8090, 3600 s, AGORA_APP_ID and AGORA_APP_CERTIFICATE")
  func defaults() throws {
    let resolved = try ServerConfiguration.resolve(
      ServerOptions(),
      sources: Self.sources(environment: [
        "AGORA_APP_ID": appID, "AGORA_APP_CERTIFICATE": certificate,
      ]))
    let configuration = resolved.configuration
    #expect(configuration.host == "127.0.0.1")
    #expect(configuration.port == 8090)
    #expect(configuration.defaultExpire == 3600)
    #expect(configuration.appID == appID)
    #expect(configuration.certificates.map(\.secret) == [certificate])
    #expect(configuration.certificates.map(\.origin) == ["env AGORA_APP_CERTIFICATE"])
    #expect(configuration.bearer == nil)
    #expect(resolved.notices.isEmpty)
  }

  @Test("the properties file fills gaps, flags and environment win, appcert warns")
  func precedence() throws {
    let text = "server.port=9000\nappid=\(other)\nappcert=\(certificate)\nexpire.second=600\n"
    let fromFile = try ServerConfiguration.resolve(
      ServerOptions(configFile: "app.properties"),
      sources: Self.sources(files: ["app.properties": text], modes: ["app.properties": 0o644]))
    #expect(fromFile.configuration.port == 9000)
    #expect(fromFile.configuration.appID == other)
    #expect(fromFile.configuration.defaultExpire == 600)
    #expect(fromFile.configuration.certificates.map(\.origin) == ["properties app.properties"])
    #expect(fromFile.notices.contains { $0.contains("comes from app.properties (appcert)") })
    #expect(fromFile.notices.contains { $0.contains("mode 644") })
    #expect(!fromFile.notices.joined().contains(certificate))

    let overridden = try ServerConfiguration.resolve(
      ServerOptions(port: 0, certEnv: ["MINE"], expire: 60, configFile: "app.properties"),
      sources: Self.sources(
        environment: ["AGORA_APP_ID": appID, "MINE": other], files: ["app.properties": text]))
    #expect(overridden.configuration.port == 0)
    #expect(overridden.configuration.appID == appID)
    #expect(overridden.configuration.defaultExpire == 60)
    #expect(overridden.configuration.certificates.map(\.origin) == ["env MINE"])
    #expect(overridden.notices.isEmpty)
  }

  @Test("certificate files read as verify reads them; the first certificate signs")
  func certificateFile() throws {
    let resolved = try ServerConfiguration.resolve(
      ServerOptions(appID: appID, certFiles: ["certs"]),
      sources: Self.sources(
        environment: ["AGORA_APP_CERTIFICATE": other],
        files: ["certs": "\u{FEFF}# primary\n\(certificate)\n\n\(other) # secondary\n"],
        modes: ["certs": 0o600]))
    #expect(
      resolved.configuration.certificates.map(\.origin) == [
        "file certs line 2", "file certs line 4",
      ])
    #expect(resolved.configuration.signingCertificate?.secret == certificate)
  }

  @Test(
    "invalid configurations are refused without quoting a secret",
    arguments: [
      (ServerOptions(expire: 86_401), "1...86400"),
      (ServerOptions(expire: 0), "1...86400"),
      (ServerOptions(port: 70_000), "port"),
      (ServerOptions(appID: "xyz"), "App ID"),
      (ServerOptions(certEnv: ["UNSET"]), "UNSET is not set"),
      (ServerOptions(certFiles: ["missing"]), "cannot read certificate file missing"),
      (ServerOptions(configFile: "missing"), "cannot read the properties file"),
      (ServerOptions(authTokenFile: "empty"), "is empty"),
      (ServerOptions(certFiles: ["empty"]), "holds no certificate"),
      (ServerOptions(maxBodyBytes: 0), "max-body-bytes"),
    ] as [(ServerOptions, String)])
  func refused(options: ServerOptions, message: String) {
    var options = options
    if options.appID == nil { options.appID = appID }
    let sources = Self.sources(
      environment: ["AGORA_APP_CERTIFICATE": certificate], files: ["empty": " \n"])
    #expect {
      try ServerConfiguration.resolve(options, sources: sources)
    } throws: { error in
      let text = "\(error)"
      return text.contains(message) && !text.contains(certificate)
    }
  }

  @Test("a non-hex certificate and a missing one are refused")
  func certificates() {
    let bad = Self.sources(environment: ["AGORA_APP_CERTIFICATE": "not-hex"])
    #expect(throws: ServerConfigurationError.self) {
      try ServerConfiguration.resolve(ServerOptions(appID: appID), sources: bad)
    }
    #expect(throws: ServerConfigurationError.self) {
      try ServerConfiguration.resolve(ServerOptions(appID: appID), sources: Self.sources())
    }
  }

  @Test("a bearer file sets the secret; a public bind without one warns")
  func bearer() throws {
    let secret = ServerFixture.randomHex32()
    let resolved = try ServerConfiguration.resolve(
      ServerOptions(host: "0.0.0.0", appID: appID, authTokenFile: "bearer"),
      sources: Self.sources(
        environment: ["AGORA_APP_CERTIFICATE": certificate], files: ["bearer": secret + "\n"],
        modes: ["bearer": 0o600]))
    #expect(resolved.configuration.bearer?.matches(secret) == true)
    #expect(resolved.configuration.bearer?.matches(secret + "x") == false)
    #expect("\(String(describing: resolved.configuration.bearer))".contains(secret) == false)
    #expect(resolved.notices.isEmpty)

    let open = try ServerConfiguration.resolve(
      ServerOptions(host: "0.0.0.0", appID: appID),
      sources: Self.sources(environment: ["AGORA_APP_CERTIFICATE": certificate]))
    #expect(open.notices.contains { $0.contains("without --auth-token-file") })
  }
}
