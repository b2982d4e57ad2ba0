import KaikuStore
import Logging

/// What the server needs to start: where to listen, where the data lives, whether to load the demo.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// Load the demo into an empty database (off with `--no-demo`).
    public var loadDemo: Bool
    /// Cookies get `Secure` when the server is reached over HTTPS (behind a TLS proxy). An https
    /// `publicURL` implies it.
    public var secureCookies: Bool
    /// Where people reach Kaiku (`KAIKU_PUBLIC_URL`): the base of every absolute link; when it
    /// is https, the session cookie is `__Host-` prefixed and HSTS is sent.
    public var publicURL: PublicURL?
    public var logLevel: Logger.Level
    /// Behind a reverse proxy the peer is the proxy: then the client's address for sign-in
    /// throttling is the last `X-Forwarded-For` entry. Only set this behind a proxy that sets it.
    public var trustForwardedFor: Bool
    public var signInThrottle: SignInThrottle
    /// Groups with fewer respondents than this show no figures (default 5).
    public var suppressionMinimum: Int
    /// Limits on what anonymous respondents and devices can make the server do.
    public var intakeLimits = IntakeLimits()
    /// Web exports running at once on this instance: two, a third gets 429.
    public var exportSlots = ExportSlots(limit: 2)

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation = .standard,
        loadDemo: Bool = true, secureCookies: Bool = false, logLevel: Logger.Level = .info,
        trustForwardedFor: Bool = false, signInThrottle: SignInThrottle = SignInThrottle(), suppressionMinimum: Int = 5,
        publicURL: PublicURL? = nil
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.loadDemo = loadDemo
        self.secureCookies = secureCookies
        self.logLevel = logLevel
        self.trustForwardedFor = trustForwardedFor
        self.signInThrottle = signInThrottle
        self.suppressionMinimum = suppressionMinimum
        self.publicURL = publicURL
    }

    /// Whether Kaiku is reached over HTTPS: its public address is https.
    var isHTTPS: Bool { publicURL?.isHTTPS ?? false }

    /// The absolute address of a path, for links printed where no request tells the host:
    /// on the public address, or else where the server listens.
    public func link(_ path: String) -> String {
        publicURL?.link(path) ?? "http://\(host):\(port)\(path)"
    }
}

/// How much the public intake takes on (README, "Reliability and security").
public struct IntakeLimits: Sendable {
    /// Survey starts, answer posts and API posts per minute from one address (the bucket's
    /// size and refill); 0 turns the limit off (`KAIKU_RATE_LIMIT`).
    public var requestsPerMinute: Int
    /// Drafts being answered at once per survey; beyond, new respondents are asked to come
    /// back later (`KAIKU_OPEN_DRAFTS_MAX`).
    public var openDraftsPerSurvey: Int
    /// How long a response waits for its commit before it is answered 503 (`KAIKU_WRITE_TIMEOUT`, seconds).
    public var writeDeadline: Duration
    /// Responses waiting to be written, at most; beyond, 503.
    public var maximumQueuedResponses: Int
    /// How often expired drafts, sessions, throttle rows and uploads are deleted.
    public var purgeInterval: Duration

    public init(
        requestsPerMinute: Int = 600, openDraftsPerSurvey: Int = 10_000, writeDeadline: Duration = .seconds(10),
        maximumQueuedResponses: Int = 20_000, purgeInterval: Duration = .seconds(300)
    ) {
        self.requestsPerMinute = max(0, requestsPerMinute)
        self.openDraftsPerSurvey = max(1, openDraftsPerSurvey)
        self.writeDeadline = writeDeadline
        self.maximumQueuedResponses = max(1, maximumQueuedResponses)
        self.purgeInterval = purgeInterval
    }
}
