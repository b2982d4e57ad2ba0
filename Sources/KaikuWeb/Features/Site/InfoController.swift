import Foundation
import Hummingbird
import KaikuCore
import KaikuStore

/// Public information pages: the accessibility statement (required of public-sector services
/// in Finland) and the front page, which points respondents and staff to the right place.
struct InfoController: Sendable {
    let renderer: PageRenderer
    let store: Store

    /// The front page: the consortium and the surveys open now.
    struct HomePageModel: Sendable {
        var layout: LayoutModel
        var heading: String
        var surveys: [OpenSurvey]
        var hasSurveys: Bool

        struct OpenSurvey: Sendable {
            var title: String
            var href: String
            var wave: String?
        }
    }

    struct InfoPageModel: Sendable {
        var layout: LayoutModel
        var paragraphs: [String]
    }

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get("/accessibility") { request, _ in
            let language = StaffController.language(request.uri.queryParameters.get("lang"))
            let t = renderer.texts(language)
            let links = LanguageLink.all(to: "/accessibility", current: language)
            let model = InfoPageModel(
                layout: LayoutModel(lang: language, title: t("a11y_title"), t: t, languages: links),
                paragraphs: ["a11y_p1", "a11y_p2", "a11y_p3", "a11y_p4"].map { t($0) }
            )
            return try renderer.page(model, template: "accessibility")
        }
        router.get("/") { request, _ in
            let language = StaffController.language(request.uri.queryParameters.get("lang"))
            let t = renderer.texts(language)
            let organisation = try await store.organisation()
            var open: [HomePageModel.OpenSurvey] = []
            for survey in try await store.surveys() {
                let status = WaveStatus.of(try await store.waves(of: survey.id), at: Date())
                if case .closed = status { continue }
                open.append(.init(
                    title: survey.title.text(in: language, fallbacks: ["fi"]), href: "/s/\(survey.id)?lang=\(language)",
                    wave: status.wave?.name.text(in: language, fallbacks: ["fi"])
                ))
            }
            let heading = organisation?.consortium.name.text(in: language, fallbacks: ["fi"]) ?? "Kaiku"
            let links = LanguageLink.all(to: "/", current: language)
            let model = HomePageModel(
                layout: LayoutModel(lang: language, title: heading, t: t, languages: links),
                heading: heading, surveys: open, hasSurveys: !open.isEmpty
            )
            return try renderer.page(model, template: "home")
        }
    }
}
