import Hummingbird
import KaikuStore

/// Reads the staff session cookie and puts the live session, if any, in the context.
struct SessionMiddleware: RouterMiddleware {
    static let cookieName = "kaiku_session"
    let store: Store

    func handle(_ request: Request, context: KaikuRequestContext, next: (Request, KaikuRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        if let id = request.cookies[Self.cookieName]?.value, !id.isEmpty {
            context.session = try await store.session(id: id)
        }
        return try await next(request, context)
    }
}

/// Refuses a state-changing request from another site: its `Origin` (or, lacking one, its
/// `Referer`) must name the host the request was sent to.
struct OriginCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, request.uri.path.hasPrefix("/staff") else {
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
