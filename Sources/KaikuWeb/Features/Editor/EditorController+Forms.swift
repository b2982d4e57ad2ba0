import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// Forms: named subsets of the survey's questions.
extension EditorController {
    @Sendable func formsPage(_ staff: StaffRequest) async throws -> Response {
        try formsPage(staff, workspace: try await authoring.workspace(staff), newName: "", error: nil)
    }

    /// The forms tab; with `error` (a refused name) a 422.
    private func formsPage(_ staff: StaffRequest, workspace: SurveyWorkspace, newName: String, error: String?) throws -> Response {
        let model = EditorFormsModel(workspace, newName: newName, newNameError: error, notice: try savedNotice(staff), page: context(staff))
        return try renderer.page(model, template: EditorFormsModel.template, status: error == nil ? .ok : .unprocessableContent)
    }

    /// Saves which questions each form has, adds a form, or removes one (`action`: save, add_form, remove_form:NAME).
    @Sendable func saveForms(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let input = try staff.input(FormsInput.self)
        var document = workspace.document
        let base = "/staff/surveys/\(workspace.survey)/forms"
        let by = AuditActor(staff.user)
        if input.action == "add_form" {
            if let error = input.newFormProblem(in: document, t: staff.texts) {
                return try formsPage(staff, workspace: workspace, newName: input.newName ?? "", error: error)
            }
            try document.root.set(.sequence([]), at: DocumentPath("forms").appending(input.trimmedNewName))
            try await authoring.save(document, of: workspace, by: by, summary: "form \(input.trimmedNewName) added")
            return Self.savedRedirect("\(base)#form-\(input.trimmedNewName)")
        }
        if let name = input.removedForm {
            guard document.formNames.contains(name) else { throw HTTPError(.notFound, message: staff.texts("editor_unknown_form")) }
            try document.root.set(nil, at: DocumentPath("forms").appending(name))
            if document.formNames.isEmpty { try document.root.set(nil, at: DocumentPath("forms")) }
            try await authoring.save(document, of: workspace, by: by, summary: "form \(name) removed")
            return Self.savedRedirect(base)
        }
        try input.applyMembers(to: &document)
        try await authoring.save(document, of: workspace, by: by, summary: "forms saved")
        return Self.savedRedirect(base)
    }
}
