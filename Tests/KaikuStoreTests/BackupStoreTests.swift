import Foundation
import KaikuCore
@testable import KaikuStore
import Testing

@Suite("What backup, restore and answer marks read of the database")
struct BackupStoreTests {
    @Test("an empty migrated database holds no data; one response or one user makes it hold data", arguments: TestDatabase.all)
    func holdsData(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            #expect(try await store.holdsData() == false)
            let tables = try await store.tableNames()
            #expect(Set(["responses", "users", "surveys", "answer_marks", "audit_events"]).isSubset(of: Set(tables)))
            #expect(try await store.rowCounts()["responses"] == 0)
            _ = try await store.write([Fixtures.record(Fixtures.response())])
            #expect(try await store.holdsData())
            #expect(try await store.rowCounts()["responses"] == 1)
        }
    }

    @Test("a marked answer's response comes with the library it was stored under, also without an outlet", arguments: TestDatabase.all)
    func markableResponse(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            var response = Fixtures.response()
            response.outlet = nil
            _ = try await store.write([ResponseRecord(response: response, wave: "2018", library: "karkkila", receivedAt: Date())])
            let found = try #require(try await store.markableResponse(id: response.id))
            #expect(found.library == "karkkila")
            #expect(found.response.id == response.id && found.response.outlet == nil)
            #expect(try await store.markableResponse(id: UUID()) == nil)
        }
    }

    @Test("an SQLite database is copied whole into a new file while it stays open")
    func copySQLite() async throws {
        try await TestDatabase.sqlite.withStore { store in
            _ = try await store.write([Fixtures.record(Fixtures.response()), Fixtures.record(Fixtures.response(grade: 4))])
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("kaiku-copy-\(UUID().uuidString).sqlite")
            defer { try? FileManager.default.removeItem(at: copy) }
            try await store.copySQLite(to: copy.path)
            let copied = try Store(.sqliteFile(copy.path), logger: TestDatabase.quietLogger)
            let counts = try await copied.rowCounts()
            await copied.shutdown()
            #expect(counts == (try await store.rowCounts()))
            #expect(counts["responses"] == 2)
        }
    }
}
