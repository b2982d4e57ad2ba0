import FluentKit
import Foundation
import KaikuCore

/// The saved mapping of a results source (columns to questions) for a survey.
final class ImportMappingModel: Model, @unchecked Sendable {
    static let schema = "import_mappings"

    @ID(key: .id) var id: UUID?
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "source") var source: String
    @Field(key: "mapping") var mapping: String
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    init() {}

    func saved() throws -> SavedImportMapping {
        SavedImportMapping(survey: surveyID, source: source, mapping: try JSONCoding.decode(mapping), updatedAt: updatedAt, updatedBy: updatedBy)
    }
}
