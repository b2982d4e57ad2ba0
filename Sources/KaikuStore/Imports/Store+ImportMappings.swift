import FluentKit
import Foundation
import KaikuCore

/// A source's mapping as saved after an import, to be offered for the next file from it.
public struct SavedImportMapping: Sendable, Hashable {
    public var survey: String
    public var source: String
    public var mapping: ImportMapping
    public var updatedAt: Date
    public var updatedBy: String
}

extension Store {
    /// Saves `mapping` as the mapping of its source (`mapping.source`) for `survey`, replacing
    /// the one saved before; `database` is the transaction to save in, if any.
    public func save(
        importMapping mapping: ImportMapping, survey: String, by actor: AuditActor, at date: Date = Date(), on database: (any Database)? = nil
    ) async throws {
        let database = try database ?? self.database
        let model = try await ImportMappingModel.query(on: database)
            .filter(\.$surveyID == survey).filter(\.$source == mapping.source).first() ?? ImportMappingModel()
        if model.id == nil { model.id = UUID() }
        model.surveyID = survey
        model.source = mapping.source
        model.mapping = try JSONCoding.encode(mapping)
        model.updatedAt = date
        model.updatedBy = actor.name
        try await model.save(on: database)
    }

    /// The mapping saved for `source` of `survey`, if any.
    public func importMapping(survey: String, source: String) async throws -> SavedImportMapping? {
        try await ImportMappingModel.query(on: reader)
            .filter(\.$surveyID == survey).filter(\.$source == source).first()
            .map { try $0.saved() }
    }

    /// Every source with a saved mapping for `survey`, by name.
    public func importMappings(of survey: String) async throws -> [SavedImportMapping] {
        try await ImportMappingModel.query(on: reader).filter(\.$surveyID == survey).sort(\.$source).all().map { try $0.saved() }
    }
}
