import Foundation
import KaikuCore
import KaikuDemo
@testable import KaikuStore

/// Small building blocks for store tests.
enum Fixtures {
    static let survey = "lukki-asiakaskokemus"

    static func response(
        id: UUID = UUID(), grade: Int = 9, outlet: String = "lohja-main", language: String = "fi",
        submittedAt: Date = Date(timeIntervalSince1970: 1_790_000_000)
    ) -> SurveyResponse {
        SurveyResponse(
            id: id, survey: survey, version: 1, form: "doorstep", channel: .kiosk, outlet: outlet, language: language,
            startedAt: submittedAt.addingTimeInterval(-120), submittedAt: submittedAt,
            answers: ["outlet": .text(outlet), "grade": .integer(grade), "help_channels": .list([.text("desk")]), "staff.understood": .text("na")]
        )
    }

    static func record(_ response: SurveyResponse, wave: String? = "2018") -> ResponseRecord {
        ResponseRecord(response: response, wave: wave, library: "lohja", receivedAt: response.submittedAt)
    }

    /// The Lukki organisation, survey and waves, without generated responses.
    static func loadLukki(into store: Store, now: Date = Date()) async throws {
        try await DemoLoader(store: store).load(now: now, baselineResponses: 0)
    }
}
