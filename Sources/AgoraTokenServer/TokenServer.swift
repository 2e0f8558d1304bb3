import AgoraToken
import Hummingbird
import HummingbirdCore
import Logging

/// The token server: Agora's Chat token server demo (`GET /chat/app/token`), done properly, with
/// RTC, RTM and Chat user tokens and agtoken's inspector and linter built in.
///
/// | endpoint | returns |
/// |---|---|
/// | `GET /` | the web inspector (HTML; `/inspector.js` and `/inspector.css` beside it) |
/// | `GET /chat/app/token` | a Chat app token as plain text (`ChatTokenBuilder2.buildAppToken`) |
/// | `GET /chat/user/token/{user_id}` | a Chat user token |
/// | `GET /rtc/token?channel=&uid=\|account=&role=&expire=` | an RTC token |
/// | `GET /rtm/token?user_id=&expire=` | an RTM token |
/// | `POST /inspect` | the `agtoken inspect --format json` document |
/// | `POST /lint` | the `agtoken lint --format json` document |
/// | `GET /healthz` | `{"status": "ok"}` |
///
/// Errors are JSON `{"error": {"kind", "message"}}` (see ``ServerError``); a known path asked
/// with another method is 405 `method_not_allowed` with an `Allow` header.
public enum TokenServer {
  /// The router with every endpoint and middleware: the access log outermost, then JSON errors,
  /// then (on token endpoints, when configured) the bearer check.
  public static func router(
    _ configuration: ServerConfiguration, accessLog: AccessLog = .standardError
  ) -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: AccessLogMiddleware(log: accessLog))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: HeadMiddleware())
    router.add(
      middleware: ErrorBodyMiddleware(maxBodyBytes: configuration.maxBodyBytes, routes: routes))

    router.getAndHead("/") { _, _ in WebRoutes.page() }
    router.getAndHead("/inspector.js") { _, _ in WebRoutes.script() }
    router.getAndHead("/inspector.css") { _, _ in WebRoutes.style() }
    // Browsers ask for it unprompted; no icon beats a 404 in every page's console.
    router.getAndHead("/favicon.ico") { _, _ in Response(status: .noContent) }
    router.getAndHead("/healthz") { _, _ in
      JSONResponse.make(body: ["status": "ok"])
    }
    let inspect = InspectRoutes(configuration: configuration)
    router.post("/inspect") { request, _ in try await inspect.inspect(request) }
    router.post("/lint") { request, _ in try await inspect.lint(request) }

    let tokens = TokenRoutes(
      configuration: configuration,
      minter: TokenMinter(
        appID: configuration.appID,
        certificate: configuration.signingCertificate
          ?? AppCertificate(secret: "", origin: "none")))
    let group = router.group()
    if let bearer = configuration.bearer {
      group.add(middleware: BearerAuthMiddleware(secret: bearer))
    }
    group.getAndHead("/chat/app/token") { request, _ in try tokens.chatApp(request) }
    group.getAndHead("/chat/user/token/{user_id}") { request, context in
      try tokens.chatUser(request, userID: context.parameters.get("user_id"))
    }
    group.getAndHead("/rtc/token") { request, _ in try tokens.rtc(request) }
    group.getAndHead("/rtm/token") { request, _ in try tokens.rtm(request) }
    return router
  }

  /// The paths the router answers and their methods, for 405 answers with `Allow`.
  static let routes: [KnownRoute] = [
    .init(path: "/", methods: [.get]),
    .init(path: "/inspector.js", methods: [.get]),
    .init(path: "/inspector.css", methods: [.get]),
    .init(path: "/favicon.ico", methods: [.get]),
    .init(path: "/healthz", methods: [.get]),
    .init(path: "/inspect", methods: [.post]),
    .init(path: "/lint", methods: [.post]),
    .init(path: "/chat/app/token", methods: [.get]),
    .init(path: "/chat/user/token/{user_id}", methods: [.get]),
    .init(path: "/rtc/token", methods: [.get]),
    .init(path: "/rtm/token", methods: [.get]),
  ]

  /// The application: the router bound to `configuration.host` and `port`.
  /// - Parameters:
  ///   - onServerRunning: called with the bound port once the server listens (useful with port 0).
  ///   - logger: Hummingbird's own logger (startup, shutdown, internal errors); defaults to stderr
  ///     at `notice`.
  public static func application(
    _ configuration: ServerConfiguration, accessLog: AccessLog = .standardError,
    logger: Logger? = nil, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    var fallback = Logger(label: "agtoken-serve") { label in
      StreamLogHandler.standardError(label: label)
    }
    fallback.logLevel = .notice
    return Application(
      router: router(configuration, accessLog: accessLog),
      // A connection that sends nothing for a minute is closed, so idle sockets cannot pile up.
      server: .http1(configuration: HTTP1Channel.Configuration(idleTimeout: .seconds(60))),
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port),
        serverName: "agtoken"),
      onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
      logger: logger ?? fallback)
  }
}
