import KaikuCore
import KaikuStore

/// The front page: the consortium and the surveys open now.
struct HomePageModel: Sendable {
    static let template = "home"

    var layout: LayoutModel
    var heading: String
    var surveys: [OpenSurvey]
    var hasSurveys: Bool

    struct OpenSurvey: Sendable {
        var title: String
        var href: String
        var wave: String?
    }

    /// The surveys `open` (each with its wave's status), in `language`.
    init(organisation: Organisation?, open: [(SurveySummary, WaveStatus)], language: String, t: Texts) {
        heading = organisation?.consortium.name.text(in: language, fallbacks: ["fi"]) ?? "Kaiku"
        layout = LayoutModel(lang: language, title: heading, t: t, languages: LanguageLink.all(to: "/", current: language))
        surveys = open.map { survey, status in
            OpenSurvey(
                title: survey.title.text(in: language, fallbacks: ["fi"]), href: "/s/\(survey.id)?lang=\(language)",
                wave: status.wave?.name.text(in: language, fallbacks: ["fi"])
            )
        }
        hasSurveys = !surveys.isEmpty
    }
}

/// The accessibility statement.
struct InfoPageModel: Sendable {
    static let template = "accessibility"

    var layout: LayoutModel
    var paragraphs: [String]

    init(language: String, t: Texts) {
        layout = LayoutModel(lang: language, title: t("a11y_title"), t: t, languages: LanguageLink.all(to: "/accessibility", current: language))
        paragraphs = ["a11y_p1", "a11y_p2", "a11y_p3", "a11y_p4"].map { t($0) }
    }
}
