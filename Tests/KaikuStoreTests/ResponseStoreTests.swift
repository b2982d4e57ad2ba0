import Foundation
import KaikuCore
@testable import KaikuStore
import Testing

@Suite("Response storage")
struct ResponseStoreTests {
    @Test("a new response is stored with the next sequence number", arguments: TestDatabase.all)
    func storesNew(database: TestDatabase) async throws {
        try await database.withStore { store in
            let outcomes = try await store.write([Fixtures.record(Fixtures.response()), Fixtures.record(Fixtures.response())])
            #expect(outcomes == [.stored(sequence: 1), .stored(sequence: 2)])
            let third = try await store.write([Fixtures.record(Fixtures.response())])
            #expect(third == [.stored(sequence: 3)])
            #expect(try await store.responseCount(survey: Fixtures.survey) == 3)
        }
    }

    @Test("a response re-sent with the same id and content is stored once", arguments: TestDatabase.all)
    func retryIsIdempotent(database: TestDatabase) async throws {
        try await database.withStore { store in
            let response = Fixtures.response()
            let written1 = try await store.write([Fixtures.record(response)])
            #expect(written1 == [.stored(sequence: 1)])
            let written2 = try await store.write([Fixtures.record(response)])
            #expect(written2 == [.alreadyStored])
            #expect(try await store.responseCount(survey: Fixtures.survey) == 1)
        }
    }

    @Test("the same id with other content is a conflict and the stored row is unchanged", arguments: TestDatabase.all)
    func conflict(database: TestDatabase) async throws {
        try await database.withStore { store in
            let id = UUID()
            _ = try await store.write([Fixtures.record(Fixtures.response(id: id, grade: 9))])
            let written3 = try await store.write([Fixtures.record(Fixtures.response(id: id, grade: 5))])
            #expect(written3 == [.conflict])
            let stored = try #require(try await store.response(id: id))
            #expect(stored.answers["grade"] == .integer(9))
            #expect(try await store.responseCount(survey: Fixtures.survey) == 1)
        }
    }

    @Test("a repeated id inside one batch is stored once", arguments: TestDatabase.all)
    func duplicateInBatch(database: TestDatabase) async throws {
        try await database.withStore { store in
            let response = Fixtures.response()
            var changed = response
            changed.answers["grade"] = .integer(4)
            let outcomes = try await store.write([Fixtures.record(response), Fixtures.record(response), Fixtures.record(changed)])
            #expect(outcomes == [.stored(sequence: 1), .alreadyStored, .conflict])
            #expect(try await store.responseCount(survey: Fixtures.survey) == 1)
        }
    }

    @Test("a stored response reads back exactly as written", arguments: TestDatabase.all)
    func roundTrip(database: TestDatabase) async throws {
        try await database.withStore { store in
            var response = Fixtures.response(language: "sv")
            response.answers["best_moment"] = .text("Fick hjälp med e-böckerna – tack! ”Bäst” 😊")
            response.answers["number"] = .decimal(2.5)
            response.device = "kiosk-1"
            _ = try await store.write([Fixtures.record(response)])
            let stored = try #require(try await store.response(id: response.id))
            #expect(stored.hasSameContent(as: response))
            #expect(stored.answers == response.answers)
            #expect(stored.device == "kiosk-1")
        }
    }

    @Test("readers follow new responses by sequence number, in order", arguments: TestDatabase.all)
    func followBySequence(database: TestDatabase) async throws {
        try await database.withStore { store in
            let responses = (0..<5).map { Fixtures.response(grade: 4 + $0) }
            _ = try await store.write(responses.map { Fixtures.record($0) })
            let after2 = try await store.responses(survey: Fixtures.survey, after: 2)
            #expect(after2.map(\.sequence) == [3, 4, 5])
            #expect(after2.map(\.record.response.id) == responses[2...].map(\.id))
            #expect(try await store.responses(survey: Fixtures.survey, after: 5).isEmpty)
        }
    }

    @Test("concurrent submissions through the writer are each stored once, numbered without gaps", arguments: TestDatabase.all)
    func groupCommit(database: TestDatabase) async throws {
        try await database.withStore { store in
            let writer = ResponseWriter(store: store)
            let responses = (0..<120).map { _ in Fixtures.response() }
            let outcomes = try await withThrowingTaskGroup(of: [WriteOutcome].self) { group in
                let running = Task { try await writer.run() }
                defer { running.cancel() }
                for response in responses {
                    // Every response is sent twice at once, as a flaky network would.
                    group.addTask { try await writer.submit([Fixtures.record(response)]) }
                    group.addTask { try await writer.submit([Fixtures.record(response)]) }
                }
                var all: [WriteOutcome] = []
                for try await outcome in group { all += outcome }
                return all
            }
            let sequences = outcomes.compactMap { if case .stored(let sequence) = $0 { sequence } else { nil } }
            #expect(sequences.count == 120)
            #expect(sequences.sorted() == Array(1...120))
            #expect(outcomes.filter { $0 == .alreadyStored }.count == 120)
            #expect(try await store.responseCount(survey: Fixtures.survey) == 120)
        }
    }

    @Test("two instances writing at once share one gapless sequence", arguments: TestDatabase.all)
    func twoInstances(database: TestDatabase) async throws {
        try await database.withStore { store in
            let other = try Store(store.location, logger: TestDatabase.quietLogger)
            defer { Task { await other.shutdown() } }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<24 {
                    let target = index.isMultiple(of: 2) ? store : other
                    group.addTask { _ = try await target.write([Fixtures.record(Fixtures.response())]) }
                }
                try await group.waitForAll()
            }
            let sequences = try await store.responses(survey: Fixtures.survey, after: 0).map(\.sequence)
            #expect(sequences == Array(1...24))
        }
    }
}
