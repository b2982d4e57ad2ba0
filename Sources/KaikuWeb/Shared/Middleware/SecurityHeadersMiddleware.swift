import HTTPTypes
import Hummingbird

/// Sends the security headers on every response: a strict Content-Security-Policy (no inline
/// scripts or styles), no framing, no referrer beyond this site, no sniffing, no powerful features;
/// and, when Kaiku is reached over https, HSTS: browsers then never use plain http for it.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Send `Strict-Transport-Security` (the public address is https).
    var strictTransportSecurity = false

    static var strictTransportSecurityValue: String { "max-age=31536000" }

    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        response.headers[.frameOptions] = "DENY"
        response.headers[.permissionsPolicy] = "camera=(), microphone=(), geolocation=(), payment=()"
        if strictTransportSecurity { response.headers[.strictTransportSecurity] = Self.strictTransportSecurityValue }
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let permissionsPolicy = HTTPField.Name("Permissions-Policy")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let surveyVersion = HTTPField.Name("Kaiku-Survey-Version")!
}
