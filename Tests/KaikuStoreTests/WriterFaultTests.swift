import FluentKit
import Foundation
import KaikuCore
@testable import KaikuStore
import SQLKit
import Testing

/// The writer under faults (issue 10, item 2): a record the database refuses, a database that
/// does not commit in time, a queue that is full.
@Suite("The response writer under faults")
struct WriterFaultTests {
    /// Holds the write lock of `store`'s database (the `response_sequence` row, which every
    /// write takes first) for `seconds`, from a transaction of its own.
    static func holdWriteLock(_ store: Store, seconds: Double) -> Task<Void, any Error> {
        let other = store
        return Task {
            try await other.database.transaction { database in
                try await (database as! any SQLDatabase).raw("UPDATE response_sequence SET last = last WHERE id = 1").run()
                try await Task.sleep(for: .seconds(seconds))
            }
        }
    }

    /// Runs `body` with a running writer, stopped afterwards.
    static func withWriter(_ store: Store, limits: ResponseWriter.Limits = .init(), _ body: (ResponseWriter) async throws -> Void) async throws {
        let writer = ResponseWriter(store: store, limits: limits)
        let running = Task { try await writer.run() }
        defer { running.cancel() }
        try await body(writer)
    }

    @Test("a record that fails the shared transaction fails alone; every other submitter is stored", arguments: TestDatabase.all)
    func oneBadRecord(database: TestDatabase) async throws {
        try await database.withStore { store in
            // Past validation (the intake refuses it), as a bug or another door might let it through.
            let poisoned = {
                var response = Fixtures.response()
                response.device = "kiosk\u{0}1"
                return response
            }()
            let good = (0..<6).map { _ in Fixtures.response() }
            var alsoPoisoned = Fixtures.response()
            alsoPoisoned.interviewer = "\u{0}"
            let mixed = [Fixtures.response(), alsoPoisoned, Fixtures.response()].map { Fixtures.record($0) }
            // A generous deadline: this test is about outcomes, not time, on a busy machine.
            try await Self.withWriter(store, limits: .init(deadline: .seconds(60))) { writer in
                // Everyone queues behind a held lock, so all go into one transaction.
                let lock = Self.holdWriteLock(store, seconds: 0.5)
                try await Task.sleep(for: .milliseconds(100))
                async let singles = withThrowingTaskGroup(of: (UUID, WriteOutcome).self) { group in
                    for response in good + [poisoned] {
                        group.addTask { (response.id, try await writer.submit(Fixtures.record(response))) }
                    }
                    var outcomes: [UUID: WriteOutcome] = [:]
                    for try await (id, outcome) in group { outcomes[id] = outcome }
                    return outcomes
                }
                async let batch = writer.submit(mixed)
                let (single, batched) = try await (singles, batch)
                try await lock.value
                for response in good {
                    #expect(single[response.id].map { if case .stored = $0 { true } else { false } } == true)
                }
                if database == .postgres {
                    // PostgreSQL refuses NUL in text: that record alone is refused, for good.
                    #expect(single[poisoned.id] == .notStorable)
                    #expect(batched.map { if case .stored = $0 { "stored" } else { "\($0)" } } == ["stored", "notStorable", "stored"])
                    #expect(try await store.responseCount(survey: Fixtures.survey) == good.count + 2)
                } else {
                    #expect(try await store.responseCount(survey: Fixtures.survey) == good.count + 4)
                }
            }
        }
    }

    @Test("a write the database does not finish in time is refused, commits late, and its retry is answered as already stored", .timeLimit(.minutes(1)), arguments: TestDatabase.all)
    func deadline(database: TestDatabase) async throws {
        try await database.withStore { store in
            let response = Fixtures.response()
            try await Self.withWriter(store, limits: .init(deadline: .milliseconds(300))) { writer in
                // The lock is held until the refusal has come: had the submitter waited for the
                // lock instead of its deadline, it would wait for ever and the test time out.
                let lock = try await HeldWriteLock.take(store)
                await #expect(throws: ResponseWriterError.timedOut) { try await writer.submit(Fixtures.record(response)) }
                #expect(try await store.response(id: response.id) == nil, "refused while the lock still holds")
                try await lock.release()
                // The write stayed queued and commits once the lock is gone.
                for _ in 0..<50 where try await store.response(id: response.id) == nil {
                    try await Task.sleep(for: .milliseconds(100))
                }
                #expect(try await store.response(id: response.id) != nil)
            }
            // The client's retry, through a writer that is not in a hurry, finds it stored.
            try await Self.withWriter(store, limits: .init(deadline: .seconds(60))) { writer in
                let outcome = try await writer.submit(Fixtures.record(response))
                #expect(outcome == .alreadyStored)
            }
            #expect(try await store.responseCount(survey: Fixtures.survey) == 1)
        }
    }

    @Test("a full queue refuses at once instead of growing", .timeLimit(.minutes(1)), arguments: TestDatabase.all)
    func boundedQueue(database: TestDatabase) async throws {
        try await database.withStore { store in
            try await Self.withWriter(store, limits: .init(maximumQueued: 2, deadline: .seconds(30))) { writer in
                let lock = try await HeldWriteLock.take(store)
                // The first is being written (stuck on the lock); the next two fill the queue.
                async let first = writer.submit(Fixtures.record(Fixtures.response()))
                try await Task.sleep(for: .milliseconds(100))
                async let queued = writer.submit([Fixtures.record(Fixtures.response()), Fixtures.record(Fixtures.response())])
                try await Task.sleep(for: .milliseconds(100))
                // Refused while the lock still holds: waiting for the lock would never end.
                await #expect(throws: ResponseWriterError.overloaded) { try await writer.submit(Fixtures.record(Fixtures.response())) }
                try await lock.release()
                _ = try await (first, queued)
                #expect(try await store.responseCount(survey: Fixtures.survey) == 3)
            }
        }
    }
}

