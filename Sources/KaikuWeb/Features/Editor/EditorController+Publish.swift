import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The whole draft as text (view, edit, download), publishing and discarding.
extension EditorController {
    @Sendable func sourcePage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        return try sourcePage(staff, workspace: workspace, text: workspace.document.root.yaml, errors: FieldErrors())
    }

    /// The source tab showing `text`; with `errors` (a refused text) a 422.
    private func sourcePage(_ staff: StaffRequest, workspace: SurveyWorkspace, text: String, errors: FieldErrors) throws -> Response {
        let model = EditorSourceModel(workspace, text: text, error: errors["f-source"], notice: try savedNotice(staff), page: context(staff))
        return try renderer.page(model, template: EditorSourceModel.template, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Replaces the draft with the posted YAML or JSON. Text that is not YAML at all, or that
    /// names another survey, changes nothing.
    @Sendable func saveSource(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let input = try staff.input(SourceInput.self)
        switch input.draft(of: workspace.survey, t: staff.texts) {
        case .failure(let errors):
            return try sourcePage(staff, workspace: workspace, text: input.source, errors: errors)
        case .success(let document):
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "source replaced")
            return Self.savedRedirect("/staff/surveys/\(workspace.survey)/source")
        }
    }

    /// The draft (or the newest version) as a YAML or JSON file.
    @Sendable func download(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let json = try staff.query(DownloadQuery.self).json
        let body = json ? workspace.document.root.json : workspace.document.root.yaml
        return Response(
            status: .ok,
            headers: [
                .contentType: json ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(workspace.survey).\(json ? "json" : "yaml")\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// Publishes the draft as the next immutable version, after a confirmation; refused while
    /// the draft has problems.
    @Sendable func publish(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        guard try staff.input(ConfirmInput.self).confirmed else {
            let refusal = ErrorSummaryItem(href: "#f-confirm", text: staff.texts("editor_error_publish_confirm"))
            return try overviewPage(staff, workspace: workspace, actionError: refusal)
        }
        switch workspace.publishable(t: staff.texts) {
        case .failure(let errors):
            return try overviewPage(staff, workspace: workspace, actionError: errors.summary.first)
        case .success(let definition):
            let version = try await authoring.publish(definition, of: workspace, by: AuditActor(staff.user))
            return Self.redirect("/staff/surveys/\(workspace.survey)/edit?published=\(version)")
        }
    }

    /// Forgets the draft, after a confirmation; the published versions stay.
    @Sendable func discard(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        guard try staff.input(ConfirmInput.self).confirmed else {
            let refusal = ErrorSummaryItem(href: "#f-discard-confirm", text: staff.texts("editor_error_discard_confirm"))
            return try overviewPage(staff, workspace: workspace, actionError: refusal)
        }
        try await authoring.discard(workspace, by: AuditActor(staff.user))
        return Self.redirect(workspace.published == nil ? "/staff/surveys" : "/staff/surveys/\(workspace.survey)/edit?discarded=1")
    }
}
