import FluentKit
import Foundation
import KaikuCore

/// A results file uploaded to the import wizard, with its table and mapping, until it expires.
final class ImportUploadModel: Model, @unchecked Sendable {
    static let schema = "import_uploads"

    @ID(key: .id) var id: UUID?
    @Field(key: "survey_id") var surveyID: String
    @Field(key: "wave_id") var waveID: String
    @Field(key: "user_id") var userID: UUID
    @Field(key: "filename") var filename: String
    @Field(key: "source") var source: String
    @Field(key: "table_rows") var tableRows: String
    @Field(key: "mapping") var mapping: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
