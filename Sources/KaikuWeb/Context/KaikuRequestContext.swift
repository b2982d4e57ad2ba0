import Hummingbird
import KaikuStore

/// The request context of every route: Hummingbird's core context plus the signed-in staff
/// session, when there is one.
public struct KaikuRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` from the session cookie.
    public var session: StaffSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        session = nil
    }

    /// Request bodies above this are refused with 413 (a batch of offline responses fits).
    public var maxUploadSize: Int { 5 * 1024 * 1024 }
}
