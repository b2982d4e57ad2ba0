import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The survey overview: texts and languages, pages and their questions.
extension EditorController {
    @Sendable func overview(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let query = try staff.query(OverviewQuery.self)
        let t = staff.texts
        let notice = query.published.map { t("editor_published_notice", ["version": .number(Double($0))]) }
            ?? (query.discarded ? t("editor_discarded_notice") : nil) ?? (query.saved ? t("editor2_saved") : nil)
        return try overviewPage(staff, workspace: workspace, notice: notice)
    }

    /// `actionError` is a refused action's message, linked to its place (`#publish`, `#f-languages`); the page is then a 422.
    func overviewPage(
        _ staff: StaffRequest, workspace: SurveyWorkspace, notice: String? = nil, actionError: ErrorSummaryItem? = nil
    ) throws -> Response {
        let model = EditorSurveyModel(workspace, notice: notice, actionError: actionError, page: context(staff))
        return try renderer.page(model, template: EditorSurveyModel.template, status: actionError == nil ? .ok : .unprocessableContent)
    }

    /// Saves the survey's languages and texts.
    @Sendable func saveSurvey(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let input = try staff.input(SurveyTextsInput.self)
        guard !input.chosenLanguages.isEmpty else {
            // Every language unticked: nothing is changed, and the page says why.
            let refusal = ErrorSummaryItem(href: "#f-languages", text: staff.texts("editor_error_languages_missing"))
            return try overviewPage(staff, workspace: workspace, actionError: refusal)
        }
        var document = workspace.document
        try input.apply(to: &document)
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "survey texts and languages")
        return Self.savedRedirect("/staff/surveys/\(workspace.survey)/edit#survey-texts")
    }

    @Sendable func addPage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let id = document.unusedPageID()
        try document.root.insert(.mapping([.pair("id", .string(id)), .pair("questions", .sequence([]))]), inListAt: DocumentPath("pages"))
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "page \(id) added")
        return Self.savedRedirect("/staff/surveys/\(workspace.survey)/edit#page-\(document.pages.count - 1)")
    }

    /// Saves a page's id and title, or moves or removes it (`action`: save, up, down, remove).
    @Sendable func savePage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let index = try pageIndex(staff, in: document)
        let input = try staff.input(PageInput.self)
        if input.action == "remove", !input.confirmed {
            let model = EditorConfirmModel(removingPage: index, of: workspace, page: context(staff))
            return try renderer.page(model, template: EditorConfirmModel.template)
        }
        let anchor = try input.apply(to: &document, page: index)
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "page \(index + 1): \(input.action)")
        return Self.savedRedirect("/staff/surveys/\(workspace.survey)/edit#\(anchor)")
    }

    /// Adds a question of the chosen type at the end of a page and opens it.
    @Sendable func addQuestion(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let index = try pageIndex(staff, in: document)
        guard let type = try staff.input(AddQuestionInput.self).type else {
            throw HTTPError(.unprocessableContent, message: staff.texts("editor_error_type"))
        }
        let id = document.unusedQuestionID()
        let question = SurveyDocument.question(id: id, type: type, languages: document.languages, scales: document.scaleNames)
        try document.root.insert(question, inListAt: DocumentPath.page(index).appending("questions"))
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "question \(id) (\(type.rawValue)) added")
        return Self.redirect("/staff/surveys/\(workspace.survey)/questions/\(id)")
    }

    /// The `:page` parameter: a page's number (1 for the first), or its id.
    func pageIndex(_ staff: StaffRequest, in document: SurveyDocument) throws -> Int {
        let parameter = try staff.parameter("page")
        // Compared, never subtracted from, before it is known to be a page: `-9223372036854775808 - 1` traps.
        if let number = Int(parameter), number >= 1, number <= document.pages.count { return number - 1 }
        if Int(parameter) == nil, let index = document.pages.firstIndex(where: { $0["id"]?.scalarText == parameter }) { return index }
        throw HTTPError(.notFound, message: staff.texts("editor_unknown_page"))
    }
}
