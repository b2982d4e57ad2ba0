import KaikuCore
import KaikuServices

/// A survey's overview: its texts and languages, pages and questions, publishing.
struct EditorSurveyModel: Sendable {
    static let template = "editor-survey"

    var layout: LayoutModel
    var frame: EditorFrame
    var csrf: String
    var editable: Bool
    var languages: [Choice]
    var languagesErrors: [String]
    var hasLanguagesErrors: Bool
    var texts: [TextGroup]
    var pages: [Page]
    var types: [Choice]
    var publishedVersion: String?
    var canPublish: Bool

    struct Page: Sendable {
        var number: Int
        var anchor: String
        var heading: String
        var action: String
        var pageID: SingleField
        var title: TextGroup
        var errors: [String]
        var hasErrors: Bool
        var questions: [QuestionRow]
        var hasQuestions: Bool
        var addAction: String
        var typeSelectID: String
        var isFirst: Bool
        var isLast: Bool
    }

    struct QuestionRow: Sendable {
        var id: String
        var text: String
        var type: String
        var href: String
        var action: String
        var problemNote: String?
        var showIf: String?
        var isFirst: Bool
        var isLast: Bool
    }
}

extension EditorSurveyModel {
    /// The overview of `workspace`. `actionError` is a refused action's message, linked to its
    /// place (`#publish`, `#f-languages`), shown first among the draft's problems.
    init(_ workspace: SurveyWorkspace, notice: String?, actionError: ErrorSummaryItem?, page: StaffPageContext) {
        let t = page.t
        let document = workspace.document
        let problems = EditorProblems.of(workspace, t: t)
        let languageErrors = (problems?.messages(at: DocumentPath("languages")) ?? [])
            + [actionError].compactMap { $0?.href == "#f-languages" ? $0?.text : nil }
        var frame = EditorFrame(workspace, page: .edit, problems: problems?.summary ?? [], notice: notice, t: t, language: page.language)
        if let actionError {
            frame.notice = nil
            // A refusal with nothing else to fix (only the confirmation box unticked) says only that, never "0 problems".
            if frame.problems.isEmpty { frame.problemCount = t("editor2_action_heading") }
            frame.problems.insert(actionError, at: 0)
            frame.hasProblems = true
        }
        let editable = workspace.draft != nil
        let places = document.questionPlaces
        self.init(
            layout: page.layout(frame.surveyTitle),
            frame: frame, csrf: page.csrf, editable: editable,
            languages: Catalogue.languages.map {
                Choice(value: $0, text: LanguageLabel.of($0, t: t), selected: document.languages.contains($0), id: "f-languages-\($0)")
            },
            languagesErrors: languageErrors, hasLanguagesErrors: !languageErrors.isEmpty,
            texts: [
                TextGroup(document: document, at: DocumentPath("title"), name: "title", label: t("editor_title"), problems: problems, t: t),
                TextGroup(
                    document: document, at: DocumentPath("intro"), name: "intro", label: t("editor_intro"), problems: problems, t: t,
                    multiline: true, optional: true
                ),
                TextGroup(
                    document: document, at: DocumentPath("thanks"), name: "thanks", label: t("editor_thanks"), problems: problems, t: t,
                    multiline: true, optional: true
                ),
            ],
            pages: document.pages.indices.map { Self.page($0, of: workspace, places: places, problems: problems, t: t, language: page.language) },
            types: QuestionType.allCases.map { Choice(value: $0.rawValue, text: t("editor_type_\($0.rawValue)"), selected: false, id: "") },
            publishedVersion: workspace.published.map { String($0.version) },
            canPublish: editable && (problems?.isEmpty ?? false)
        )
    }

    private static func page(
        _ index: Int, of workspace: SurveyWorkspace, places: [QuestionPlace], problems: EditorProblems?, t: Texts, language: String
    ) -> Page {
        let document = workspace.document
        let base = "/staff/surveys/\(workspace.survey)"
        let path = DocumentPath.page(index)
        let questions = places.filter { $0.page == index }.map {
            questionRow($0, of: workspace, places: places, problems: problems, t: t, language: language)
        }
        let pageProblems = (problems?.messages(exactlyAt: path) ?? [])
            + (problems?.messages(at: path.appending("questions")).filter { _ in questions.isEmpty } ?? [])
        let number = index + 1
        let title = LocalizedTextReader.text(document.pages[index]["title"], language: language, fallbacks: workspace.languages)
        return Page(
            number: number, anchor: "page-\(index)",
            heading: t("editor_page_heading", ["number": .number(Double(number))]) + (title.isEmpty ? "" : ": \(title)"),
            action: "\(base)/pages/\(number)",
            pageID: SingleField(
                "f-page_\(number)_id", name: "id", label: t("editor_page_id"), value: document.pages[index]["id"]?.scalarText ?? "",
                errors: problems?.messages(at: path.appending("id")) ?? []
            ),
            title: TextGroup(
                document: document, at: path.appending("title"), name: "page_\(number)_title", label: t("editor_page_title"),
                problems: problems, t: t, optional: true
            ),
            errors: pageProblems, hasErrors: !pageProblems.isEmpty, questions: questions, hasQuestions: !questions.isEmpty,
            addAction: "\(base)/pages/\(number)/questions", typeSelectID: "f-type-\(number)",
            isFirst: index == 0, isLast: index == document.pages.count - 1
        )
    }

    private static func questionRow(
        _ place: QuestionPlace, of workspace: SurveyWorkspace, places: [QuestionPlace], problems: EditorProblems?, t: Texts, language: String
    ) -> QuestionRow {
        let document = workspace.document
        let base = "/staff/surveys/\(workspace.survey)"
        let node = document.root[path: place.path]
        let reference = EditorProblems.reference(place, in: document)
        let count = problems?.messages(at: place.path).count ?? 0
        return QuestionRow(
            id: place.id.isEmpty ? "–" : place.id,
            text: LocalizedTextReader.text(node?["text"], language: language, fallbacks: workspace.languages),
            type: t("editor_type_\(node?["type"]?.scalarText ?? "")"),
            href: "\(base)/questions/\(reference)", action: "\(base)/questions/\(reference)",
            problemNote: count > 0 ? t("editor_question_problems", ["count": .number(Double(count))]) : nil,
            showIf: node?["show_if"]?.scalarText,
            isFirst: place == places.first, isLast: place == places.last
        )
    }
}
