import KaikuCore
import KaikuServices

/// "Remove the question?": the page a remove button leads to, so nothing is removed by one
/// slip of the hand. The form posts the same action again with `confirm=yes`; cancel goes back.
struct EditorConfirmModel: Sendable {
    static let template = "editor2-confirm"

    var layout: LayoutModel
    var title: String
    var body: String
    var csrf: String
    /// Where the confirmed removal is posted.
    var action: String
    var cancelHref: String
    var confirmText: String
    var cancelText: String
}

extension EditorConfirmModel {
    /// Asks before page `index` is removed with its questions.
    init(removingPage index: Int, of workspace: SurveyWorkspace, page: StaffPageContext) {
        let t = page.t
        let base = "/staff/surveys/\(workspace.survey)"
        let count = workspace.document.questionPlaces.filter { $0.page == index }.count
        self.init(
            layout: page.layout(t("editor2_confirm_page_title")), title: t("editor2_confirm_page_title"),
            body: t("editor2_confirm_page_body", ["number": .number(Double(index + 1)), "count": .number(Double(count))]),
            csrf: page.csrf, action: "\(base)/pages/\(index + 1)", cancelHref: "\(base)/edit#page-\(index)",
            confirmText: t("editor2_confirm_remove"), cancelText: t("editor2_confirm_cancel")
        )
    }

    /// Asks before the question at `place` is removed.
    init(removingQuestion place: QuestionPlace, of workspace: SurveyWorkspace, page: StaffPageContext) {
        let t = page.t
        let base = "/staff/surveys/\(workspace.survey)"
        let node = workspace.document.root[path: place.path]
        let text = LocalizedTextReader.text(node?["text"], language: page.language, fallbacks: workspace.languages)
        let name = (place.id.isEmpty ? "–" : place.id) + (text.isEmpty ? "" : " (\(text))")
        self.init(
            layout: page.layout(t("editor2_confirm_question_title")), title: t("editor2_confirm_question_title"),
            body: t("editor2_confirm_question_body", ["name": .text(name)]), csrf: page.csrf,
            action: "\(base)/questions/\(EditorProblems.reference(place, in: workspace.document))",
            cancelHref: "\(base)/edit#page-\(place.page)",
            confirmText: t("editor2_confirm_remove"), cancelText: t("editor2_confirm_cancel")
        )
    }
}
