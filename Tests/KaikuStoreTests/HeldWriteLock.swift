import FluentKit
@testable import KaikuStore
import SQLKit

/// The write lock of a store's database (the `response_sequence` row, which every write takes
/// first), held by a transaction of its own until the test releases it: an order of events
/// is then tested without a clock.
struct HeldWriteLock {
    private let holder: Task<Void, any Error>
    private let gate: AsyncStream<Void>.Continuation

    /// Returns once the lock is held.
    static func take(_ store: Store) async throws -> HeldWriteLock {
        let (acquired, signal) = AsyncStream<Void>.makeStream()
        let (gate, opener) = AsyncStream<Void>.makeStream()
        let database = try store.database
        let holder = Task {
            defer { signal.finish() }
            try await database.transaction { transaction in
                try await (transaction as! any SQLDatabase).raw("UPDATE response_sequence SET last = last WHERE id = 1").run()
                signal.yield()
                for await _ in gate {}
            }
        }
        for await _ in acquired { break }
        return HeldWriteLock(holder: holder, gate: opener)
    }

    /// Ends the holding transaction and waits until it has.
    func release() async throws {
        gate.finish()
        try await holder.value
    }
}
