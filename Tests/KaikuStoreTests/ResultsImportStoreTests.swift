import Foundation
import KaikuCore
@testable import KaikuStore
import Testing

@Suite("Results import storage")
struct ResultsImportStoreTests {
    static func imported(grade: Int = 9) -> SurveyResponse {
        var response = Fixtures.response(grade: grade)
        response.channel = .import
        return response
    }

    static let mapping = ImportMapping(source: "Webropol, Lohja 2017", columns: [
        ImportColumn(header: "Arvosana", role: .answer(key: "grade"), values: ["kymppi": "10"]),
        ImportColumn(header: "Vastausaika", role: .submittedAt(format: .finnishDateTime)),
    ])

    @Test("a mapping is saved per survey and source, replaced when saved again, and its sources listed", arguments: TestDatabase.all)
    func mappings(database: TestDatabase) async throws {
        try await database.withStore { store in
            let actor = AuditActor(id: nil, name: "tester")
            try await store.save(importMapping: Self.mapping, survey: Fixtures.survey, by: actor)
            var changed = Self.mapping
            changed.columns[0].values["yhdeksän"] = "9"
            try await store.save(importMapping: changed, survey: Fixtures.survey, by: actor)
            try await store.save(importMapping: ImportMapping(source: "Google Forms"), survey: Fixtures.survey, by: actor)
            try await store.save(importMapping: Self.mapping, survey: "another-survey", by: actor)

            let loaded = try #require(try await store.importMapping(survey: Fixtures.survey, source: "Webropol, Lohja 2017"))
            #expect(loaded.mapping == changed)
            #expect(loaded.updatedBy == "tester")
            #expect(try await store.importMapping(survey: Fixtures.survey, source: "LimeSurvey") == nil)
            #expect(try await store.importMappings(of: Fixtures.survey).map(\.source) == ["Google Forms", "Webropol, Lohja 2017"])
            #expect(try await store.importMappings(of: "another-survey").count == 1)
        }
    }

    @Test("an import stores every record in one transaction, gapless, with its mapping and audit; again it stores none", arguments: TestDatabase.all)
    func importsOnce(database: TestDatabase) async throws {
        try await database.withStore { store in
            _ = try await store.write([Fixtures.record(Fixtures.response())])
            let records = (0..<3).map { Fixtures.record(Self.imported(grade: 7 + $0), wave: "2017") }
            let actor = AuditActor(id: nil, name: "tester")
            let first = try await store.importResults(records, survey: Fixtures.survey, wave: "2017", mapping: Self.mapping, file: "w.csv", by: actor)
            #expect(first == ResultsImportReceipt(stored: 3, alreadyStored: 0))
            let sequences = try await store.responses(survey: Fixtures.survey, after: 0).map(\.sequence)
            #expect(sequences == [1, 2, 3, 4])
            #expect(try await store.responseCount(survey: Fixtures.survey, wave: "2017", channel: .import) == 3)
            #expect(try await store.importMapping(survey: Fixtures.survey, source: Self.mapping.source)?.mapping == Self.mapping)
            let events = try await store.auditEvents(matching: "responses.import")
            #expect(events.map(\.summary) == ["3 responses imported (0 already there) from w.csv, source Webropol, Lohja 2017"])

            let again = try await store.importResults(records, survey: Fixtures.survey, wave: "2017", mapping: Self.mapping, file: "w.csv", by: actor)
            #expect(again == ResultsImportReceipt(stored: 0, alreadyStored: 3))
            #expect(try await store.responseCount(survey: Fixtures.survey) == 4)
        }
    }

    @Test("a record whose id is stored with other answers stores nothing of the import", arguments: TestDatabase.all)
    func conflictStoresNothing(database: TestDatabase) async throws {
        try await database.withStore { store in
            let earlier = Self.imported(grade: 9)
            _ = try await store.write([Fixtures.record(earlier, wave: "2017")])
            var changed = earlier
            changed.answers["grade"] = .integer(5)
            let records = [Fixtures.record(Self.imported(), wave: "2017"), Fixtures.record(changed, wave: "2017")]
            await #expect(throws: ResultsImportStoreError.conflicts([1])) {
                try await store.importResults(records, survey: Fixtures.survey, wave: "2017", mapping: Self.mapping, file: "w.csv", by: .commandLine)
            }
            #expect(try await store.responseCount(survey: Fixtures.survey) == 1)
            #expect(try await store.importMapping(survey: Fixtures.survey, source: Self.mapping.source) == nil)
            #expect(try await store.auditEvents(matching: "responses.import").isEmpty)
            let next = try await store.write([Fixtures.record(Fixtures.response())])
            #expect(next == [.stored(sequence: 2)], "the rolled-back import took no sequence numbers")
        }
    }

    @Test("an upload is kept for its user until it expires, and removed by the next upload after that", arguments: TestDatabase.all)
    func uploads(database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = UUID(), now = Date(timeIntervalSince1970: 1_800_000_000)
            let table = Worksheet(name: "w.csv", rows: [["Arvosana"], ["9"], ["kymppi"]])
            let upload = ImportUpload(survey: Fixtures.survey, wave: "2017", userID: user, filename: "w.csv", source: "Webropol",
                                      table: table, mapping: Self.mapping, createdAt: now, expiresAt: now.addingTimeInterval(3600))
            try await store.save(upload, now: now)
            let loaded = try #require(try await store.importUpload(id: upload.id, survey: Fixtures.survey, wave: "2017", user: user, now: now))
            #expect(loaded.table.rows == table.rows)
            #expect(loaded.mapping == Self.mapping)
            #expect(try await store.importUpload(id: upload.id, survey: Fixtures.survey, wave: "2017", user: UUID(), now: now) == nil, "another user's")
            #expect(try await store.importUpload(id: upload.id, survey: Fixtures.survey, wave: "2018", user: user, now: now) == nil, "another wave's")

            var changed = Self.mapping
            changed.defaults.language = "sv"
            try await store.updateImportUpload(id: upload.id, mapping: changed)
            #expect(try await store.importUpload(id: upload.id, survey: Fixtures.survey, wave: "2017", user: user, now: now)?.mapping == changed)

            let later = now.addingTimeInterval(7200)
            #expect(try await store.importUpload(id: upload.id, survey: Fixtures.survey, wave: "2017", user: user, now: later) == nil, "expired")
            var next = upload
            next.id = UUID()
            next.expiresAt = later.addingTimeInterval(3600)
            try await store.save(next, now: later)
            #expect(try await store.importUploadCount() == 1, "the expired upload was removed")
        }
    }
}
