import FluentKit
import Foundation
import KaikuCore

extension Store {
    /// Replaces the organisation (consortium, libraries, outlets).
    public func save(_ organisation: Organisation, at date: Date = Date()) async throws {
        let model = try await OrganisationModel.find("organisation", on: database) ?? OrganisationModel()
        model.id = "organisation"
        model.document = try JSONCoding.encode(organisation)
        model.updatedAt = date
        try await model.save(on: database)
    }

    /// The organisation, or nil before one is loaded.
    public func organisation() async throws -> Organisation? {
        guard let model = try await OrganisationModel.find("organisation", on: reader) else { return nil }
        return try JSONCoding.decode(model.document)
    }
}
