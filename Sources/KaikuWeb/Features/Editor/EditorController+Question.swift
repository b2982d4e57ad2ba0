import Foundation
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

/// The question editor: every field of one question, its texts side by side, its options or
/// items as rows, its show_if with the parser's message right next to it.
extension EditorController {
    @Sendable func questionPage(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.workspace(staff)
        let place = try questionPlace(staff, in: workspace.document)
        let model = EditorQuestionModel(workspace, question: place, notice: try savedNotice(staff), page: context(staff))
        return try renderer.page(model, template: EditorQuestionModel.template)
    }

    @Sendable func saveQuestion(_ staff: StaffRequest) async throws -> Response {
        let workspace = try await authoring.draftWorkspace(staff)
        var document = workspace.document
        let place = try questionPlace(staff, in: document)
        let input = try staff.input(QuestionInput.self)
        let base = "/staff/surveys/\(workspace.survey)"
        if input.changesPlace {
            // The overview's small forms: move or remove the whole question, a removal asked first.
            if input.action == "remove", !input.confirmed {
                let model = EditorConfirmModel(removingQuestion: place, of: workspace, page: context(staff))
                return try renderer.page(model, template: EditorConfirmModel.template)
            }
            try document.moveOrRemoveQuestion(place.id, action: input.action)
            try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "question \(place.id): \(input.action)")
            let anchor = document.place(ofQuestion: place.id).map { "page-\($0.page)" } ?? "page-\(place.page)"
            return Self.savedRedirect("\(base)/edit#\(anchor)")
        }
        do {
            try input.checkCounts()
        } catch {
            throw error.httpError(renderer.catalogue, language: staff.language)
        }
        let (moved, anchor) = try QuestionForm.save(input, in: &document, at: place)
        try await authoring.save(document, of: workspace, by: AuditActor(staff.user), summary: "question \(moved.id): \(input.action)")
        return Self.savedRedirect("\(base)/questions/\(EditorProblems.reference(moved, in: document))#\(anchor)")
    }

    func questionPlace(_ staff: StaffRequest, in document: SurveyDocument) throws -> QuestionPlace {
        guard let place = EditorProblems.place(ofReference: try staff.parameter("question"), in: document) else {
            throw HTTPError(.notFound, message: staff.texts("editor_unknown_question"))
        }
        return place
    }
}

extension SurveyDocument {
    /// Moves the question `id` one place up or down, or removes it (`action`: up, down, remove).
    mutating func moveOrRemoveQuestion(_ id: String, action: String) throws {
        switch action {
        case "up": try moveQuestion(id, by: -1)
        case "down": try moveQuestion(id, by: 1)
        default: try removeQuestion(id)
        }
    }
}
