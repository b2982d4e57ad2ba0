import FluentKit
import Foundation

/// A survey; its definitions live in `survey_versions`.
final class SurveyModel: Model, @unchecked Sendable {
    static let schema = "surveys"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(id: String, createdAt: Date) {
        self.id = id
        self.createdAt = createdAt
    }
}
