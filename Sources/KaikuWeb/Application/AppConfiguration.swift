import KaikuStore
import Logging

/// What the server needs to start: where to listen, where the data lives, whether to load the demo.
public struct AppConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// Load the demo into an empty database (off with `--no-demo`).
    public var loadDemo: Bool
    /// Cookies get `Secure` when the server is reached over HTTPS (behind a TLS proxy).
    public var secureCookies: Bool
    public var logLevel: Logger.Level
    /// Behind a reverse proxy the peer is the proxy: then the client's address for sign-in
    /// throttling is the last `X-Forwarded-For` entry. Only set this behind a proxy that sets it.
    public var trustForwardedFor: Bool
    public var signInThrottle: SignInThrottle
    /// Groups with fewer respondents than this show no figures (default 5).
    public var suppressionMinimum: Int
    /// Web exports running at once on this instance: two, a third gets 429.
    public var exportSlots = ExportSlots(limit: 2)

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation = .standard,
        loadDemo: Bool = true, secureCookies: Bool = false, logLevel: Logger.Level = .info,
        trustForwardedFor: Bool = false, signInThrottle: SignInThrottle = SignInThrottle(), suppressionMinimum: Int = 5
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
    }
}
