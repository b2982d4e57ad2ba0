import Hummingbird
import KaikuStore
import Logging

/// Answers 503 with `Retry-After`, instead of a bare 500, when a request fails because the
/// database cannot be reached (while PostgreSQL restarts, say): the client should simply try
/// again. Errors with a status of their own, and failures while the database answers, pass on.
struct UnavailableMiddleware: RouterMiddleware {
    let store: Store

    func handle(_ request: Request, context: KaikuRequestContext, next: (Request, KaikuRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            guard await !store.isReachable() else { throw error }
            context.logger.warning("\(request.method) \(request.uri.path): the database is unreachable: \(error)")
            var response = if request.uri.path.hasPrefix("/api/") {
                try JSONResponse.error(.serviceUnavailable, code: "unavailable", message: "the database cannot be reached; try again shortly")
            } else {
                Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "Palvelu on hetken poissa käytöstä. Tjänsten är tillfälligt otillgänglig. The service is briefly unavailable.\n")))
            }
            response.headers[.retryAfter] = String(ResponsesAPIController.retryAfter)
            return response
        }
    }
}
