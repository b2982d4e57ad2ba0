import Hummingbird
import KaikuServices

/// The workspace of a staff page's survey (the route's `:survey`), with the answers a page gives
/// when there is none, in the reader's language.
extension SurveyAuthoring {
    /// The workspace of the route's survey; 404 when the survey does not exist.
    func workspace(_ staff: StaffRequest) async throws -> SurveyWorkspace {
        guard let workspace = try await workspace(try staff.parameter("survey")) else {
            throw HTTPError(.notFound, message: staff.texts("staff_unknown_survey"))
        }
        return workspace
    }

    /// The workspace of a post that edits the draft; 409 while there is no draft to edit.
    func draftWorkspace(_ staff: StaffRequest) async throws -> SurveyWorkspace {
        let workspace = try await workspace(staff)
        guard workspace.draft != nil else { throw HTTPError(.conflict, message: staff.texts("editor_no_draft")) }
        return workspace
    }
}
