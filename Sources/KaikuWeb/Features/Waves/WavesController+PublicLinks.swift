import Foundation
import HTTPTypes
import Hummingbird
import KaikuCore
import KaikuServices
import KaikuStore

extension WavesController {
    /// The survey's public links for the waves page (`waveID` nil) or one wave's page; nil
    /// while the survey is unpublished, when there is nothing a respondent could answer.
    func publicLinks(_ staff: StaffRequest, workspace: SurveyWorkspace, waves: [Wave], waveID: String?) async throws -> PublicLinks? {
        guard let published = workspace.published else { return nil }
        return PublicLinks.build(
            survey: workspace.survey, definition: published.definition, organisation: try await store.organisation(),
            scope: staff.scope, waves: waves, wave: waveID.flatMap { id in waves.first { $0.id == id } },
            origin: PublicLinks.origin(publicURL: publicURL, authority: staff.request.head.authority),
            language: staff.language, t: renderer.texts(staff.language)
        )
    }
}
