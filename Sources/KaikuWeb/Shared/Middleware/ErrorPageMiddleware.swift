import Hummingbird
import KaikuCore
import KaikuStore
import Logging

/// Turns an error on a page route into a readable page (the API keeps its JSON errors).
struct ErrorPageMiddleware: RouterMiddleware {
    let renderer: PageRenderer

    func handle(_ request: Request, context: KaikuRequestContext, next: (Request, KaikuRequestContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where !request.uri.path.hasPrefix("/api/") {
            return try page(status: error.status, message: error.body, language: context.identity?.user.language ?? Self.language(of: request))
        } catch let error as any HTTPResponseError {
            if request.uri.path.hasPrefix("/api/") {
                return try JSONResponse.error(error.status, code: "http_\(error.status.code)", message: error.status.reasonPhrase)
            }
            return try page(status: error.status, message: nil, language: context.identity?.user.language ?? Self.language(of: request))
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            if request.uri.path.hasPrefix("/api/") {
                return try JSONResponse.error(.internalServerError, code: "internal_error", message: "something went wrong on the server; try again")
            }
            return try page(status: .internalServerError, message: nil, language: context.identity?.user.language ?? Self.language(of: request))
        }
    }

    /// The language the page asked for (`?lang=`), Finnish otherwise.
    static func language(of request: Request) -> String {
        request.uri.queryParameters.get("lang").flatMap { Catalogue.languages.contains($0) ? $0 : nil } ?? "fi"
    }

    private func page(status: HTTPResponse.Status, message: String?, language: String) throws -> Response {
        let t = renderer.texts(language)
        let heading = status == .notFound ? t("error_not_found") : status == .forbidden ? t("error_forbidden") : status == .gone ? t("error_gone") : status.code >= 500 ? t("error_server") : t("error_bad_request")
        let model = MessagePageModel(
            layout: LayoutModel(lang: language, title: heading, t: t), heading: heading,
            paragraphs: [message ?? (status == .forbidden ? t("error_forbidden_text") : nil)].compactMap { $0 },
            linkHref: "/", linkText: t("error_front_page")
        )
        return try renderer.page(model, template: "message", status: status)
    }
}
