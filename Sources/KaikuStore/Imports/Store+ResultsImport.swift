import FluentKit
import Foundation
import KaikuCore

/// What storing an import did.
public struct ResultsImportReceipt: Sendable, Hashable {
    /// Responses stored now.
    public var stored: Int
    /// Responses stored by an earlier import of the same rows: nothing is stored twice.
    public var alreadyStored: Int
}

/// Why an import stored nothing.
public enum ResultsImportStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The records at these indices (of the list given) have the ids of stored responses with
    /// other content: the same rows imported before with another mapping.
    case conflicts([Int])

    public var description: String {
        switch self {
        case .conflicts(let indices): "\(indices.count) responses were imported before with other answers; nothing was stored"
        }
    }
}

extension Store {
    /// Stores imported responses, saves the source's mapping and records the audit event, all
    /// in one transaction: all of it is stored, or nothing is. Responses go through the same
    /// path as every other (`write(_:)`): gapless sequence numbers, and a response whose id is
    /// already stored with the same content is not stored again. An id stored with other
    /// content (the same row imported before under another mapping) stores nothing and throws
    /// `ResultsImportStoreError.conflicts`.
    ///
    /// - Parameters:
    ///   - mapping: saved as its source's mapping for `survey`, unless nil.
    ///   - upload: the wizard's upload, forgotten once imported.
    ///   - summary: a short account for the audit log (the file, the source, the counts are added).
    @discardableResult
    public func importResults(
        _ records: [ResponseRecord], survey: String, wave: String, mapping: ImportMapping?, file: String,
        by actor: AuditActor, upload: UUID? = nil, at date: Date = Date()
    ) async throws -> ResultsImportReceipt {
        try await database.transaction { database in
            let outcomes = try await Self.write(records, in: database)
            let conflicts = outcomes.indices.filter { outcomes[$0] == .conflict }
            guard conflicts.isEmpty else { throw ResultsImportStoreError.conflicts(conflicts) }
            let stored = outcomes.count(where: { if case .stored = $0 { true } else { false } })
            let receipt = ResultsImportReceipt(stored: stored, alreadyStored: outcomes.count - stored)
            if let mapping { try await self.save(importMapping: mapping, survey: survey, by: actor, at: date, on: database) }
            if let upload { try await self.deleteImportUpload(id: upload, on: database) }
            try await self.audit(
                actor, .responsesImport, objectType: "wave", objectID: "\(survey)/\(wave)",
                summary: "\(receipt.stored) responses imported (\(receipt.alreadyStored) already there) from \(file)"
                    + (mapping.map { ", source \($0.source)" } ?? ""),
                after: mapping.flatMap { try? JSONCoding.encode($0) }, at: date, on: database
            )
            return receipt
        }
    }

    /// How many responses of `channel` a wave has.
    public func responseCount(survey: String, wave: String, channel: Channel) async throws -> Int {
        try await ResponseModel.query(on: reader)
            .filter(\.$surveyID == survey).filter(\.$waveID == wave).filter(\.$channel == channel.rawValue).count()
    }
}
