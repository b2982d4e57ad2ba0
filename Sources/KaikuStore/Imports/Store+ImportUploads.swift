import FluentKit
import Foundation
import KaikuCore

/// A file uploaded to the import wizard, read into a table, with the mapping the user is
/// working on. Kept server-side between the wizard's steps (mapping, preview, confirm) only
/// until `expiresAt`, and only for the user who uploaded it.
public struct ImportUpload: Sendable, Hashable {
    public var id: UUID
    public var survey: String
    public var wave: String
    public var userID: UUID
    public var filename: String
    public var source: String
    public var table: Worksheet
    public var mapping: ImportMapping
    public var createdAt: Date
    public var expiresAt: Date

    public init(
        id: UUID = UUID(), survey: String, wave: String, userID: UUID, filename: String, source: String, table: Worksheet,
        mapping: ImportMapping, createdAt: Date = Date(), expiresAt: Date
    ) {
        self.id = id
        self.survey = survey
        self.wave = wave
        self.userID = userID
        self.filename = filename
        self.source = source
        self.table = table
        self.mapping = mapping
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

extension Store {
    /// Keeps an upload for the wizard, first removing every upload that has expired.
    public func save(_ upload: ImportUpload, now: Date = Date()) async throws {
        try await ImportUploadModel.query(on: database).filter(\.$expiresAt < now).delete()
        let model = ImportUploadModel()
        model.id = upload.id
        model.surveyID = upload.survey
        model.waveID = upload.wave
        model.userID = upload.userID
        model.filename = upload.filename
        model.source = upload.source
        model.tableRows = try JSONCoding.encode(upload.table.rows)
        model.mapping = try JSONCoding.encode(upload.mapping)
        model.createdAt = upload.createdAt
        model.expiresAt = upload.expiresAt
        try await model.create(on: database)
    }

    /// The upload `id` of `user` into `survey` and `wave`, unless it has expired.
    public func importUpload(id: UUID, survey: String, wave: String, user: UUID, now: Date = Date()) async throws -> ImportUpload? {
        guard let model = try await ImportUploadModel.query(on: reader)
            .filter(\.$id == id).filter(\.$surveyID == survey).filter(\.$waveID == wave).filter(\.$userID == user)
            .filter(\.$expiresAt >= now).first()
        else { return nil }
        return ImportUpload(
            id: id, survey: model.surveyID, wave: model.waveID, userID: model.userID, filename: model.filename, source: model.source,
            table: Worksheet(name: model.filename, rows: try JSONCoding.decode(model.tableRows)),
            mapping: try JSONCoding.decode(model.mapping), createdAt: model.createdAt, expiresAt: model.expiresAt
        )
    }

    /// Replaces the mapping the user is working on for upload `id`.
    public func updateImportUpload(id: UUID, mapping: ImportMapping) async throws {
        try await ImportUploadModel.query(on: database).filter(\.$id == id)
            .set(\.$mapping, to: try JSONCoding.encode(mapping)).update()
    }

    /// Forgets upload `id` (after it was imported); `database` is the transaction, if any.
    public func deleteImportUpload(id: UUID, on database: (any Database)? = nil) async throws {
        try await ImportUploadModel.query(on: database ?? self.database).filter(\.$id == id).delete()
    }

    /// How many uploads are kept (expired ones included until the next upload removes them).
    public func importUploadCount() async throws -> Int {
        try await ImportUploadModel.query(on: reader).count()
    }
}
