import Foundation
import Hummingbird
import KaikuCore

/// Limits how fast one address may start surveys, post answers and send responses
/// (`POST /s/{survey}/start`, `POST /s/{survey}/answer`, `POST /api/v1/responses`): beyond its
/// token bucket it is answered 429 with `Retry-After`, a page in the respondent's language or
/// JSON for the API. Behind a trusted proxy (`KAIKU_TRUST_PROXY=1`) the address is the last
/// `X-Forwarded-For` entry, as for sign-in throttling.
struct IntakeRateLimitMiddleware: RouterMiddleware {
    let limiter: RateLimiter
    let trustForwardedFor: Bool
    let renderer: PageRenderer

    typealias Context = KaikuRequestContext

    func handle(_ request: Request, context: KaikuRequestContext, next: (Request, KaikuRequestContext) async throws -> Response) async throws -> Response {
        guard request.method == .post, Self.isLimited(request.uri.path),
              let address = Self.clientAddress(request, peer: context.peerAddress, trustForwardedFor: trustForwardedFor),
              let wait = limiter.take(for: address)
        else { return try await next(request, context) }
        var response: Response
        if request.uri.path.hasPrefix("/api/") {
            response = try JSONResponse.error(.tooManyRequests, code: "rate_limited", message: "too many requests from this address; wait \(wait) s and send again")
        } else {
            let language = ErrorPageMiddleware.language(of: request)
            let t = renderer.texts(language)
            let model = MessagePageModel(
                layout: LayoutModel(lang: language, title: t("intake_rate_limited_heading"), t: t), heading: t("intake_rate_limited_heading"),
                paragraphs: [t("intake_rate_limited_text")], linkHref: nil, linkText: nil
            )
            response = try renderer.page(model, template: "message", status: .tooManyRequests)
        }
        response.headers[.retryAfter] = String(wait)
        return response
    }

    /// The routes the limit applies to.
    static func isLimited(_ path: String) -> Bool {
        if path == APIPath.responses { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[1] == "s" && (parts[3] == "start" || parts[3] == "answer")
    }

    /// The client's address: the peer, or behind a trusted proxy the last `X-Forwarded-For` entry.
    static func clientAddress(_ request: Request, peer: String?, trustForwardedFor: Bool) -> String? {
        if trustForwardedFor, let forwarded = request.headers[.xForwardedFor] {
            return forwarded.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return peer
    }
}
