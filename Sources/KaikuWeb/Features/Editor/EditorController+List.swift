import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The survey list, a new survey, an import, and a new draft of a published survey.
extension EditorController {
    @Sendable func list(_ staff: StaffRequest) async throws -> Response {
        try await listPage(staff, posted: nil, source: "", errors: FieldErrors())
    }

    @Sendable func create(_ staff: StaffRequest) async throws -> Response {
        let input = try staff.input(NewSurveyInput.self)
        let errors = try await input.check(t: staff.texts, exists: store.surveyExists)
        guard errors.isEmpty else { return try await listPage(staff, posted: input, source: "", errors: errors) }
        let summary = "new survey in \(input.chosenLanguages.joined(separator: ", "))"
        try await authoring.create(input.document.root, id: input.trimmedID, by: AuditActor(staff.user), summary: summary)
        return Self.redirect(StaffPath.edit(survey: input.trimmedID))
    }

    /// A definition pasted as YAML or JSON becomes a new survey's draft. (XLSForm import will
    /// add a file field to the same form; see `EditorListModel.importSource`.)
    @Sendable func importSurvey(_ staff: StaffRequest) async throws -> Response {
        let input = try staff.input(SourceInput.self)
        switch try await input.newSurvey(t: staff.texts, exists: store.surveyExists) {
        case .failure(let errors):
            // The new-survey form of the page shows nothing posted: no language ticked.
            return try await listPage(staff, posted: NewSurveyInput(), source: input.source, errors: errors)
        case .success(let node):
            let id = node["id"]?.scalarText ?? ""
            try await authoring.create(node, id: id, by: AuditActor(staff.user), summary: "imported from YAML/JSON")
            return Self.redirect(StaffPath.edit(survey: id))
        }
    }

    /// Starts a new draft from the newest published version.
    @Sendable func startDraft(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        try await authoring.startDraft(of: workspace, by: AuditActor(staff.user))
        return Self.redirect(StaffPath.edit(survey: workspace.survey))
    }

    /// The list, with a refused form's values and problems (422) when there are any.
    private func listPage(_ staff: StaffRequest, posted: NewSurveyInput?, source: String, errors: FieldErrors) async throws -> Response {
        let model = EditorListModel(
            drafts: try await store.surveyDrafts(), published: try await store.surveys(), posted: posted, source: source,
            errors: errors, page: context(staff)
        )
        return try renderer.page(model, template: EditorListModel.template, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
