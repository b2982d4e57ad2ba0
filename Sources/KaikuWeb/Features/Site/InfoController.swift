import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// Public information pages: the accessibility statement (required of public-sector services
/// in Finland) and the front page, which points respondents and staff to the right place.
struct InfoController: Sendable {
    let renderer: PageRenderer
    let store: Store

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get("/accessibility", use: accessibility)
        router.get("/", use: home)
    }

    @Sendable func accessibility(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let language = try LanguageQuery.language(of: request, renderer: renderer)
        let model = InfoPageModel(language: language, t: renderer.texts(language))
        return try renderer.page(model, template: InfoPageModel.template)
    }

    @Sendable func home(_ request: Request, context: KaikuRequestContext) async throws -> Response {
        let language = try LanguageQuery.language(of: request, renderer: renderer)
        var open: [(SurveySummary, WaveStatus)] = []
        for survey in try await store.surveys() {
            let status = WaveStatus.of(try await store.waves(of: survey.id), at: Date())
            if case .closed = status { continue }
            open.append((survey, status))
        }
        let model = HomePageModel(organisation: try await store.organisation(), open: open, language: language, t: renderer.texts(language))
        return try renderer.page(model, template: HomePageModel.template)
    }
}
