import Foundation
import Hummingbird
import KaikuCore
import KaikuDemo
import KaikuServices
import KaikuStore
import Logging
import ServiceLifecycle

/// Builds the application from its configuration: opens and migrates the database, loads the
/// demo into an empty one (unless told not to) and assembles the routes and services.
/// `demoProgress` is told (done, total) while demo responses are written.
public func buildApplication(
    _ configuration: AppConfiguration, demoProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "kaiku")
    logger.logLevel = configuration.logLevel
    let store = try Store(configuration.database, logger: logger)
    try await store.migrate()
    if configuration.loadDemo, try await store.surveys().isEmpty {
        logger.info("Empty database: loading the demo")
        try await DemoLoader(store: store).load(progress: demoProgress)
    }
    try await AdminBootstrap(store: store, hasher: PasswordHasher()).ensureAdmin { username, password in
        // Printed once, here only: it is stored hashed and must be changed at first sign-in.
        Console.say(AdminBootstrap.announcement(username: username, password: password, signIn: configuration.link("/staff")))
    }
    return try await buildApplication(configuration, store: store, logger: logger)
}

/// Builds the application on an opened, migrated store (tests pass an in-memory one).
public func buildApplication(
    _ configuration: AppConfiguration, store: Store, hasher: PasswordHasher = PasswordHasher(),
    logger: Logger = Logger(label: "kaiku")
) async throws -> some ApplicationProtocol {
    let limits = configuration.intakeLimits
    let writer = ResponseWriter(
        store: store, limits: .init(maximumQueued: limits.maximumQueuedResponses, deadline: limits.writeDeadline), logger: logger
    )
    let router = try await buildRouter(configuration, store: store, writer: writer, hasher: hasher, logger: logger)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Kaiku"),
        logger: logger
    )
    // Started in this order, stopped in reverse: the writer finishes before the store closes.
    app.addServices(StoreService(store: store), writer, PurgeService(store: store, interval: limits.purgeInterval, logger: logger))
    return app
}

func buildRouter(
    _ configuration: AppConfiguration, store: Store, writer: ResponseWriter, hasher: PasswordHasher, logger: Logger
) async throws -> Router<KaikuRequestContext> {
    let catalogue = try Localizer.loadCatalogue()
    let renderer = try await PageRenderer.load(catalogue: catalogue)
    let intake = ResponseIntake(store: store, catalogue: catalogue)
    let router = Router(context: KaikuRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(strictTransportSecurity: configuration.isHTTPS))
    let sessions = SessionCookies(configuration)
    // Before anything reads the database: a flood is turned away cheaply.
    router.add(middleware: IntakeRateLimitMiddleware(
        limiter: RateLimiter(perMinute: configuration.intakeLimits.requestsPerMinute),
        trustForwardedFor: configuration.trustForwardedFor, renderer: renderer
    ))
    // A database that is away (finding who is asking reads it) is a 503 to retry, not a 500.
    router.add(middleware: UnavailableMiddleware())
    // Who is asking comes before the error pages, so that they speak the staff member's language.
    router.add(middleware: SessionMiddleware(store: store, cookies: sessions))
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    router.add(middleware: OriginCheckMiddleware())
    // After the error pages: FileMiddleware serves a file when the routes answer 404 by throwing.
    if let publicFolder = Bundle.module.url(forResource: "Public", withExtension: nil) {
        router.add(middleware: FileMiddleware(publicFolder.path, urlBasePath: "/static", cacheControl: .init([(.text, [.maxAge(3600)])]), logger: logger))
    }
    HealthController(store: store).addRoutes(to: router)
    InfoController(renderer: renderer, store: store).addRoutes(to: router)
    let respondent = RespondentController(
        store: store, writer: writer, renderer: renderer, intake: intake, maximumOpenDrafts: configuration.intakeLimits.openDraftsPerSurvey
    )
    respondent.addRoutes(to: router)
    SurveysAPIController(store: store).addRoutes(to: router)
    try OpenAPIController().addRoutes(to: router)
    ResponsesAPIController(writer: writer, intake: intake).addRoutes(to: router)
    let staff = StaffRouter(router: router, texts: renderer.texts)
    let analytics = SurveyAnalytics(store: store, suppression: Suppression(minimum: configuration.suppressionMinimum))
    StaffController(
        store: store, renderer: renderer, hasher: hasher, sessions: sessions,
        trustForwardedFor: configuration.trustForwardedFor, throttle: configuration.signInThrottle, analytics: analytics
    ).addRoutes(to: router, staff: staff)
    UsersController(store: store, renderer: renderer, hasher: hasher, publicURL: configuration.publicURL).addRoutes(to: staff)
    AccountController(store: store, renderer: renderer).addRoutes(to: staff)
    AuditController(store: store, renderer: renderer).addRoutes(to: staff)
    SurveyExchangeController(store: store, renderer: renderer).addRoutes(to: staff)
    ResultsImportController(store: store, renderer: renderer).addRoutes(to: staff)
    StaffAPIController().addRoutes(to: staff)
    AnalyticsAPIController(analytics: analytics, texts: renderer.texts).addRoutes(to: staff)
    DashboardController(analytics: analytics, renderer: renderer).addRoutes(to: staff)
    AnswersController(analytics: analytics, renderer: renderer).addRoutes(to: staff)
    ReportController(analytics: analytics, renderer: renderer).addRoutes(to: staff)
    ExportController(analytics: analytics, renderer: renderer, slots: configuration.exportSlots).addRoutes(to: staff)
    InvitationController(store: store, renderer: renderer, hasher: hasher, sessions: sessions)
        .addRoutes(to: router)
    let editor = EditorController(store: store, renderer: renderer)
    editor.addRoutes(to: staff)
    WavesController(store: store, renderer: renderer, publicURL: configuration.publicURL).addRoutes(to: staff)
    try staff.checkEveryRouteListed()
    return router
}

/// Closes the database when the application stops.
struct StoreService: Service {
    let store: Store

    func run() async throws {
        try? await gracefulShutdown()
        await store.shutdown()
    }
}
