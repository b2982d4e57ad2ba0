import Hummingbird

/// Public information pages: the accessibility statement (required of public-sector services
/// in Finland) and the front page, which points respondents and staff to the right place.
struct InfoController: Sendable {
    let renderer: PageRenderer

    struct InfoPageModel: Sendable {
        var layout: LayoutModel
        var paragraphs: [String]
    }

    func addRoutes(to router: Router<KaikuRequestContext>) {
        router.get("/accessibility") { request, _ in
            let language = StaffController.language(request.uri.queryParameters.get("lang"))
            let t = renderer.texts(language)
            let links = ["fi", "sv", "en"].map { LanguageLink(code: $0, name: Localizer.languageNames[$0] ?? $0, href: "/accessibility?lang=\($0)", current: $0 == language) }
            let model = InfoPageModel(
                layout: LayoutModel(lang: language, title: t("a11y_title"), t: t, languages: links),
                paragraphs: ["a11y_p1", "a11y_p2", "a11y_p3", "a11y_p4"].map { t($0) }
            )
            return try renderer.page(model, template: "accessibility")
        }
        router.get("/") { _, _ in
            Response.redirect(to: "/staff", type: .found)
        }
    }
}
