import FluentKit
import Foundation
import KaikuCore
import SQLKit

extension Store {
    /// Writes a batch of responses in one transaction and tells, for each in order, whether it
    /// was stored, already there, or in conflict. Nothing is acknowledged before the commit.
    ///
    /// The first statement updates the one `response_sequence` row: that takes the write lock
    /// at once (SQLite) or a row lock (PostgreSQL), so writers of every instance take turns and
    /// sequence numbers become visible in the order they were given.
    public func write(_ records: [ResponseRecord]) async throws -> [WriteOutcome] {
        guard !records.isEmpty else { return [] }
        return try await database.transaction { database in
            try await Self.write(records, in: database)
        }
    }

    /// `write(_:)`'s work inside the caller's transaction `database`, so that an import can
    /// write its responses, its mapping and its audit event in one.
    static func write(_ records: [ResponseRecord], in database: any Database) async throws -> [WriteOutcome] {
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE response_sequence SET last = last WHERE id = 1").run()
        guard let counter = try await ResponseSequenceModel.find(1, on: database) else {
            throw StoreError.missingSequenceRow
        }
        let ids = records.map(\.response.id)
        var known: [UUID: SurveyResponse] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            for model in try await ResponseModel.query(on: database).filter(\.$clientID ~~ chunk).all() {
                known[model.clientID] = try model.surveyResponse()
            }
        }
        var outcomes: [WriteOutcome] = []
        var fresh: [ResponseModel] = []
        var next = counter.last
        for record in records {
            if let existing = known[record.response.id] {
                outcomes.append(existing.hasSameContent(as: record.response) ? .alreadyStored : .conflict)
                continue
            }
            next += 1
            fresh.append(try ResponseModel(record, sequence: next))
            known[record.response.id] = record.response
            outcomes.append(.stored(sequence: next))
        }
        // Many rows per INSERT: one statement costs far less than one per row.
        for start in stride(from: 0, to: fresh.count, by: 200) {
            try await Array(fresh[start..<min(start + 200, fresh.count)]).create(on: database)
        }
        if next != counter.last {
            counter.last = next
            try await counter.save(on: database)
        }
        return outcomes
    }

    /// The stored response with the device's id, if any.
    public func response(id: UUID) async throws -> SurveyResponse? {
        try await ResponseModel.query(on: reader).filter(\.$clientID == id).first()?.surveyResponse()
    }

    /// How many responses a survey has, in one wave or in all.
    /// How many responses a survey has, in one wave or in all; `libraries` limits the count to
    /// those libraries' responses (nil: every response).
    public func responseCount(survey: String, wave: String? = nil, libraries: Set<String>? = nil) async throws -> Int {
        try await responses(survey: survey, wave: wave, libraries: libraries).count()
    }

    /// The answers of a survey's responses, in one wave or in all, in the order stored;
    /// `libraries` as in `responseCount`.
    public func answers(survey: String, wave: String? = nil, libraries: Set<String>? = nil) async throws -> [Answers] {
        try await responses(survey: survey, wave: wave, libraries: libraries)
            .sort(\.$sequence).field(\.$answers).all().map { try AnswersCoding.decode($0.answers) }
    }

    private func responses(survey: String, wave: String?, libraries: Set<String>?) throws -> QueryBuilder<ResponseModel> {
        var query = ResponseModel.query(on: try reader).filter(\.$surveyID == survey)
        if let wave { query = query.filter(\.$waveID == wave) }
        if let libraries { query = query.filter(\.$libraryID ~~ libraries.sorted().map(Optional.some)) }
        return query
    }

    /// Responses with sequence numbers above `sequence`, oldest first, at most `limit`:
    /// how a reader follows new responses (the analytics engine converges this way).
    public func responses(survey: String, after sequence: Int64, limit: Int = 10_000) async throws -> [(sequence: Int64, record: ResponseRecord)] {
        try await ResponseModel.query(on: reader)
            .filter(\.$surveyID == survey).filter(\.$sequence > sequence)
            .sort(\.$sequence).limit(limit).all()
            .map { model in
                (model.sequence, ResponseRecord(response: try model.surveyResponse(), wave: model.waveID, library: model.libraryID, receivedAt: model.receivedAt))
            }
    }
}

/// Failures of the store that are not the caller's fault.
public enum StoreError: Error, CustomStringConvertible {
    case missingSequenceRow
    case corruptDefinition(survey: String, version: Int)
    case notFound(String)
    case shutDown

    public var description: String {
        switch self {
        case .missingSequenceRow: "the response_sequence row is missing; run the migrations"
        case .corruptDefinition(let survey, let version): "the stored definition of \(survey) version \(version) does not parse"
        case .notFound(let what): "\(what) does not exist"
        case .shutDown: "the store is shut down"
        }
    }
}
