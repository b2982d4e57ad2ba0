import FluentKit
import Foundation

/// The organisation document (consortium, libraries, outlets); one row.
final class OrganisationModel: Model, @unchecked Sendable {
    static let schema = "organisation"

    @ID(custom: "id", generatedBy: .user) var id: String?
    @Field(key: "document") var document: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
