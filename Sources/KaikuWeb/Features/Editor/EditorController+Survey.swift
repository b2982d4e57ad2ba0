import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The survey overview: texts and languages, pages and their questions.
extension EditorController {
    @Sendable func overview(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let t = renderer.texts(staff.language)
        let notice = staff.query("published").flatMap(Int.init).map { t("editor_published_notice", ["version": .number(Double($0))]) }
            ?? (staff.query("discarded") != nil ? t("editor_discarded_notice") : nil) ?? savedNotice(staff)
        return try overviewPage(staff, workspace: workspace, notice: notice)
    }

    /// `actionError` is a refused action's message, linked to its place (`#publish`, `#f-languages`).
    func overviewPage(_ staff: StaffRequest, workspace: SurveyWorkspace, notice: String? = nil, actionError: ErrorSummaryItem? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let t = renderer.texts(staff.language)
        let document = workspace.document
        let editable = workspace.draft != nil
        let problems = editable ? EditorProblems(document, survey: workspace.survey, t: t) : nil
        let survey = workspace.survey
        let places = document.questionPlaces
        let pages = document.pages.enumerated().map { pageIndex, page -> EditorSurveyModel.Page in
            let path = DocumentPath.page(pageIndex)
            let questions = places.filter { $0.page == pageIndex }.map { place -> EditorSurveyModel.QuestionRow in
                let node = document.root[path: place.path]
                let reference = EditorProblems.reference(place, in: document)
                let count = problems?.messages(at: place.path).count ?? 0
                let type = node?["type"]?.scalarText ?? ""
                return .init(
                    id: place.id.isEmpty ? "–" : place.id,
                    text: LocalizedTextReader.text(node?["text"], language: staff.language, fallbacks: workspace.languages),
                    type: QuestionType(rawValue: type).map { t($0.nameKey) } ?? type, href: StaffPath.question(survey: survey, question: reference),
                    action: StaffPath.question(survey: survey, question: reference),
                    problemNote: count > 0 ? t("editor_question_problems", ["count": .number(Double(count))]) : nil,
                    showIf: node?["show_if"]?.scalarText,
                    isFirst: place == places.first, isLast: place == places.last
                )
            }
            let pageProblems = (problems?.messages(exactlyAt: path) ?? []) + (problems?.messages(at: path.appending("questions")).filter { _ in questions.isEmpty } ?? [])
            let number = pageIndex + 1
            let title = LocalizedTextReader.text(page["title"], language: staff.language, fallbacks: workspace.languages)
            return .init(
                number: number, anchor: "page-\(pageIndex)",
                heading: t("editor_page_heading", ["number": .number(Double(number))]) + (title.isEmpty ? "" : ": \(title)"),
                action: StaffPath.page(survey: survey, page: number),
                pageID: SingleField("f-page_\(number)_id", name: "id", label: t("editor_page_id"), value: page["id"]?.scalarText ?? "", errors: problems?.messages(at: path.appending("id")) ?? []),
                title: TextGroup(document: document, at: path.appending("title"), name: "page_\(number)_title", label: t("editor_page_title"), problems: problems, t: t, optional: true),
                errors: pageProblems, hasErrors: !pageProblems.isEmpty, questions: questions, hasQuestions: !questions.isEmpty,
                addAction: StaffPath.pageQuestions(survey: survey, page: number), typeSelectID: "f-type-\(number)",
                isFirst: pageIndex == 0, isLast: pageIndex == document.pages.count - 1
            )
        }
        let languageErrors = (problems?.messages(at: DocumentPath("languages")) ?? []) + [actionError].compactMap { $0?.href == "#f-languages" ? $0?.text : nil }
        var frame = self.frame(workspace, tab: .edit, t: t, language: staff.language, notice: notice)
        if let actionError {
            frame.notice = nil
            // A refusal with nothing else to fix (only the confirmation box unticked) says only that, never "0 problems".
            if frame.problems.isEmpty { frame.problemCount = t("editor2_action_heading") }
            frame.problems.insert(actionError, at: 0)
            frame.hasProblems = true
        }
        let model = EditorSurveyModel(
            layout: layout(staff, title: frame.surveyTitle),
            frame: frame, csrf: staff.csrfToken ?? "", editable: editable,
            languages: Catalogue.languages.map { .init(value: $0, text: LanguageLabel.of($0, t: t), selected: document.languages.contains($0), id: "f-languages-\($0)") },
            languagesErrors: languageErrors, hasLanguagesErrors: !languageErrors.isEmpty,
            texts: [
                TextGroup(document: document, at: DocumentPath("title"), name: "title", label: t("editor_title"), problems: problems, t: t),
                TextGroup(document: document, at: DocumentPath("intro"), name: "intro", label: t("editor_intro"), problems: problems, t: t, multiline: true, optional: true),
                TextGroup(document: document, at: DocumentPath("thanks"), name: "thanks", label: t("editor_thanks"), problems: problems, t: t, multiline: true, optional: true),
            ],
            pages: pages,
            types: QuestionType.allCases.map { .init(value: $0.rawValue, text: t($0.nameKey), selected: false, id: "") },
            publishedVersion: workspace.published.map { String($0.version) },
            canPublish: editable && (problems?.isEmpty ?? false)
        )
        return try renderer.page(model, template: "editor-survey", status: status)
    }

    /// Saves the survey's languages and texts.
    @Sendable func saveSurvey(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let languages = Catalogue.languages.filter(staff.form.all("languages").contains)
        guard !languages.isEmpty else {
            // Every language unticked: nothing is changed, and the page says why.
            return try overviewPage(staff, workspace: workspace, actionError: .init(href: "#f-languages", text: renderer.texts(staff.language)("editor_error_languages_missing")), status: .unprocessableContent)
        }
        if languages != document.languages { try document.setLanguages(languages) }
        for name in ["title", "intro", "thanks"] {
            try Self.apply(texts: name, from: staff.form, to: &document, at: DocumentPath(name), languages: document.languages)
            // An optional text left empty in every language is no text.
            if name != "title", let text = document.root[name], text.keys.allSatisfy({ (text[$0]?.scalarText ?? "").isEmpty }) {
                try document.root.set(nil, at: DocumentPath(name))
            }
        }
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "survey texts and languages")
        return Self.savedRedirect(StaffPath.edit(survey: workspace.survey) + "#survey-texts")
    }

    @Sendable func addPage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let id = document.unusedPageID()
        try document.root.insert(.mapping([.pair("id", .string(id)), .pair("questions", .sequence([]))]), inListAt: DocumentPath("pages"))
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "page \(id) added")
        return Self.savedRedirect(StaffPath.edit(survey: workspace.survey) + "#page-\(document.pages.count - 1)")
    }

    /// Saves a page's id and title, or moves or removes it (`action`: save, up, down, remove).
    @Sendable func savePage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let index = try pageIndex(staff, in: document)
        let path = DocumentPath.page(index)
        let pages = DocumentPath("pages")
        var anchor = "page-\(index)"
        switch staff.form["action"] ?? "save" {
        case "up" where index > 0:
            try document.root.move(from: index, to: index - 1, inListAt: pages)
            anchor = "page-\(index - 1)"
        case "down" where index < document.pages.count - 1:
            try document.root.move(from: index, to: index + 1, inListAt: pages)
            anchor = "page-\(index + 1)"
        case "remove" where staff.form["confirm"] != "yes":
            let t = renderer.texts(staff.language)
            let count = document.questionPlaces.filter { $0.page == index }.count
            let model = EditorConfirmModel(
                layout: layout(staff, title: t("editor2_confirm_page_title")), title: t("editor2_confirm_page_title"),
                body: t("editor2_confirm_page_body", ["number": .number(Double(index + 1)), "count": .number(Double(count))]),
                csrf: staff.csrfToken ?? "", action: StaffPath.page(survey: workspace.survey, page: index + 1),
                cancelHref: StaffPath.edit(survey: workspace.survey) + "#page-\(index)",
                confirmText: t("editor2_confirm_remove"), cancelText: t("editor2_confirm_cancel")
            )
            return try renderer.page(model, template: EditorConfirmModel.template)
        case "remove":
            try document.removePage(at: index)
            anchor = "pages"
        default:
            if let id = staff.form["id"] { try document.root.set(.string(id.trimmingCharacters(in: .whitespaces)), at: path.appending("id")) }
            try Self.apply(texts: "page_\(index + 1)_title", from: staff.form, to: &document, at: path.appending("title"), languages: document.languages)
            if let title = document.root[path: path.appending("title")], title.keys.allSatisfy({ (title[$0]?.scalarText ?? "").isEmpty }) {
                try document.root.set(nil, at: path.appending("title"))
            }
        }
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "page \(index + 1): \(staff.form["action"] ?? "save")")
        return Self.savedRedirect(StaffPath.edit(survey: workspace.survey) + "#\(anchor)")
    }

    /// Adds a question of the chosen type at the end of a page and opens it.
    @Sendable func addQuestion(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let index = try pageIndex(staff, in: document)
        guard let type = QuestionType(rawValue: staff.form["type"] ?? "") else {
            throw HTTPError(.unprocessableContent, message: renderer.texts(staff.language)("editor_error_type"))
        }
        let id = document.unusedQuestionID()
        let question = SurveyDocument.question(id: id, type: type, languages: document.languages, scales: document.scaleNames)
        try document.root.insert(question, inListAt: DocumentPath.page(index).appending("questions"))
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "question \(id) (\(type.rawValue)) added")
        return Self.redirect(StaffPath.question(survey: workspace.survey, question: id))
    }

    /// The `:page` parameter: a page's number (1 for the first), or its id.
    func pageIndex(_ staff: StaffRequest, in document: SurveyDocument) throws -> Int {
        let parameter = try staff.parameter("page")
        // Compared, never subtracted from, before it is known to be a page: `-9223372036854775808 - 1` traps.
        if let number = Int(parameter), number >= 1, number <= document.pages.count { return number - 1 }
        if Int(parameter) == nil, let index = document.pages.firstIndex(where: { $0["id"]?.scalarText == parameter }) { return index }
        throw HTTPError(.notFound, message: renderer.texts(staff.language)("editor_unknown_page"))
    }
}
