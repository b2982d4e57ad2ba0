import Hummingbird
import KaikuServices
import KaikuStore

/// Finds who is asking: the staff session cookie, or a personal API token in
/// `Authorization: Bearer` on the JSON API.
struct SessionMiddleware: RouterMiddleware {
    /// The cookie's name without a public https address (tests sign in with it).
    static let cookieName = SessionCookies.plainName
    let store: Store
    let cookies: SessionCookies

    func handle(_ request: Request, context: KaikuRequestContext, next: (Request, KaikuRequestContext) async throws -> Response) async throws -> Response {
        // Static files are the same for everyone: no database read for them.
        guard !request.uri.path.hasPrefix("/static/") else { return try await next(request, context) }
        var context = context
        if request.uri.path.hasPrefix("/api/"), let authorization = request.headers[.authorization] {
            guard let user = try await APIToken.user(for: authorization, in: store) else {
                return try JSONResponse.unauthorized(
                    message: "the API token is not valid (unknown, revoked or expired); create a new one on your account page or with `kaiku token create USERNAME`"
                )
            }
            context.identity = StaffIdentity(user: user, session: nil)
        } else if let id = cookies.sessionID(in: request), !id.isEmpty, let session = try await store.session(id: id) {
            context.identity = StaffIdentity(user: session.user, session: session)
        }
        return try await next(request, context)
    }
}

/// Refuses a state-changing request from another site: its `Origin` (or, lacking one, its
/// `Referer`) must name the host the request was sent to.
struct OriginCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, request.uri.path.hasPrefix(StaffPath.home) else {
            return try await next(request, context)
        }
        let source = request.headers[.origin] ?? request.headers[.referer]
        guard let source, let host = request.head.authority else {
            // Browsers send Origin on every form post; a request without one is not from a staff page.
            throw HTTPError(.forbidden)
        }
        let sourceHost = source.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
        guard sourceHost == host else { throw HTTPError(.forbidden) }
        return try await next(request, context)
    }
}
