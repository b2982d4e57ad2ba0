import FluentKit
import Foundation
import KaikuCore

/// The editor's unpublished draft of a survey, as one JSON document.
final class SurveyDraftModel: Model, @unchecked Sendable {
    static let schema = "survey_drafts"

    @ID(custom: "survey_id", generatedBy: .user) var id: String?
    @Field(key: "document") var document: String
    @OptionalField(key: "based_on_version") var basedOnVersion: Int?
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "updated_by") var updatedBy: UUID?

    init() {}

    func draft() throws -> SurveyDraft {
        // Stored by `save` as JSON, which reads as YAML; a broken row is a broken database.
        let document: DocumentNode
        do {
            document = try DocumentNode(yaml: self.document)
        } catch {
            throw CorruptSurveyDraft(survey: id ?? "")
        }
        return SurveyDraft(survey: try requireID(), document: document, basedOnVersion: basedOnVersion, updatedAt: updatedAt, updatedBy: updatedBy)
    }
}
