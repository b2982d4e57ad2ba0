import Hummingbird
import KaikuStore

/// The request context of every route: Hummingbird's core context plus the signed-in staff
/// member, when there is one.
public struct KaikuRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` from the session cookie or an API token.
    public var identity: StaffIdentity?
    /// A staff route's posted form, read and CSRF-checked by `StaffPolicyMiddleware`, which
    /// hands it to the route's `StaffContext`.
    var postedForm: FormFields?

    /// The connected peer's IP address: used only to throttle failed staff sign-ins, never
    /// stored with a response.
    public let peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        postedForm = nil
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The browser session, when the user came with the session cookie.
    public var session: StaffSession? { identity?.session }

    /// Request bodies above this are refused with 413 (a batch of offline responses fits).
    public var maxUploadSize: Int { 5 * 1024 * 1024 }
}

/// Who is asking: a user signed in with a browser session, or one using a personal API token.
public struct StaffIdentity: Sendable {
    public var user: User
    /// Nil when the request came with `Authorization: Bearer`; such a request carries no
    /// cookie, so it needs no CSRF token.
    public var session: StaffSession?
}
