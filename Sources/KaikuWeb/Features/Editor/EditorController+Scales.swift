import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// Named scales: the survey-wide lists of options that questions refer to.
extension EditorController {
    @Sendable func scalesPage(_ staff: StaffRequest) async throws -> Response {
        try scalesPage(staff, workspace: try await authoring.workspace(staff), newName: "", error: nil)
    }

    /// The scales tab; with `error` (a refused name) a 422.
    private func scalesPage(_ staff: StaffRequest, workspace: SurveyWorkspace, newName: String, error: String?) throws -> Response {
        let model = EditorScalesModel(workspace, newName: newName, newNameError: error, notice: try savedNotice(staff), page: context(staff))
        return try renderer.page(model, template: EditorScalesModel.template, status: error == nil ? .ok : .unprocessableContent)
    }

    /// Adds, saves (with a rename), or removes a scale, or edits its option rows.
    @Sendable func saveScales(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        let input = try staff.input(ScaleInput.self)
        var document = workspace.document
        let base = "/staff/surveys/\(workspace.survey)/scales"
        let by = AuditActor(staff.user)
        if input.action == "add_scale" { return try await addScale(staff, input: input, workspace: workspace) }
        guard let name = input.scale, document.scaleNames.contains(name) else {
            throw HTTPError(.notFound, message: staff.texts("editor_unknown_scale"))
        }
        if input.action == "remove_scale" {
            try document.root.set(nil, at: DocumentPath("scales").appending(name))
            try await authoring.save(document, of: workspace, by: by, summary: "scale \(name) removed")
            return Self.savedRedirect(base)
        }
        do { try input.checkCount() } catch { throw error.httpError(renderer.catalogue, language: staff.language) }
        try input.applyRows(to: &document, scale: name)
        let newName = input.renamed(from: name)
        if newName != name, (try? document.renameScale(name, to: newName)) == nil {
            let error = staff.texts("editor_error_name_taken", ["name": .text(newName)])
            return try scalesPage(staff, workspace: workspace, newName: input.newName ?? "", error: error)
        }
        try await authoring.save(document, of: workspace, by: by, summary: "scale \(newName): \(input.action)")
        return Self.savedRedirect("\(base)#scale-\(newName)")
    }

    /// Adds an empty scale under the posted name, unless the name is refused.
    private func addScale(_ staff: StaffRequest, input: ScaleInput, workspace: SurveyWorkspace) async throws -> Response {
        var document = workspace.document
        if let error = input.newScaleProblem(in: document, t: staff.texts) {
            return try scalesPage(staff, workspace: workspace, newName: input.newName ?? "", error: error)
        }
        try document.root.set(.sequence([]), at: DocumentPath("scales").appending(input.trimmedNewName))
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "scale \(input.trimmedNewName) added")
        return Self.savedRedirect("/staff/surveys/\(workspace.survey)/scales#scale-\(input.trimmedNewName)")
    }
}
