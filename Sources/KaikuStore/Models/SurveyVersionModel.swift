import FluentKit
import Foundation

/// A published, immutable version of a survey definition, stored as its JSON document.
final class SurveyVersionModel: Model, @unchecked Sendable {
    static let schema = "survey_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "version") var version: Int
    @Field(key: "definition") var definition: String
    @Field(key: "published_at") var publishedAt: Date

    init() {}
}
