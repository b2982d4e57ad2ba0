import Hummingbird
import Logging

/// Answers 503 with `Retry-After`, instead of a bare 500, when finding who is asking fails:
/// `SessionMiddleware` (just inside this one) only reads the database, so its failures mean the
/// database is away or restarting, and the client should simply try again. Handlers' errors
/// never get here: the error pages, further in, turn them into responses.
struct UnavailableMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: KaikuRequestContext, next: (Request, KaikuRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            throw error
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): the session or token could not be read: \(String(reflecting: error))")
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
