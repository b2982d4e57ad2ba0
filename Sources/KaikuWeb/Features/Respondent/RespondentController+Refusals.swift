import Hummingbird
import KaikuStore

extension RespondentController {
    /// The answer to a post whose step is not one of the survey's steps (a forged or garbled
    /// form): a plain page, 400, and the draft as it was.
    func unknownStepPage(survey: String, language: String) throws -> Response {
        let t = renderer.texts(language)
        let heading = t("robust_step_unknown_heading")
        let model = MessagePageModel(
            layout: LayoutModel(lang: language, title: heading, t: t), heading: heading,
            paragraphs: [t("robust_step_unknown_text")], linkHref: "/s/\(survey)?lang=\(language)", linkText: t("survey_start_again")
        )
        return try renderer.page(model, template: "message", status: .badRequest)
    }
}
