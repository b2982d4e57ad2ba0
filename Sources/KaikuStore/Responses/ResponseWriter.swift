import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The single writer of responses (group commit): submissions that arrive while a transaction
/// is running wait together and are written in the next one, so a burst costs a few commits
/// instead of one each. Each submitter is answered only after its transaction committed.
public final class ResponseWriter: Service, Sendable {
    /// At most this many responses go into one transaction.
    public static let maximumBatch = 500

    /// One submitter's responses, answered together.
    private struct Pending: Sendable {
        let records: [ResponseRecord]
        let continuation: CheckedContinuation<[WriteOutcome], any Error>
    }

    private let store: Store
    private let queue = Mutex<(pending: [Pending], closed: Bool)>(([], false))
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let logger: Logger

    public init(store: Store, logger: Logger = Logger(label: "kaiku.writer")) {
        self.store = store
        self.logger = logger
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Writes one response; returns once it is committed (or was already there).
    public func submit(_ record: ResponseRecord) async throws -> WriteOutcome {
        try await submit([record])[0]
    }

    /// Writes several responses in the order given (a repeated id within them is a retry);
    /// returns their outcomes in the same order, once committed.
    public func submit(_ records: [ResponseRecord]) async throws -> [WriteOutcome] {
        guard !records.isEmpty else { return [] }
        return try await withCheckedThrowingContinuation { continuation in
            let accepted = queue.withLock { state in
                guard !state.closed else { return false }
                state.pending.append(Pending(records: records, continuation: continuation))
                return true
            }
            if accepted {
                wake.yield()
            } else {
                continuation.resume(throwing: ResponseWriterError.shuttingDown)
            }
        }
    }

    public func run() async throws {
        await withGracefulShutdownHandler {
            for await _ in wakeups {
                await drain()
            }
        } onGracefulShutdown: {
            self.wake.finish()
        }
        // Whatever arrived meanwhile is written before the store closes.
        let remaining = queue.withLock { state in
            state.closed = true
            return state.pending.count
        }
        if remaining > 0 { await drain() }
    }

    private func drain() async {
        while true {
            // Whole submissions, up to about `maximumBatch` responses (a larger one goes alone).
            let batch = queue.withLock { state -> [Pending] in
                var taken: [Pending] = []
                var count = 0
                while let next = state.pending.first, taken.isEmpty || count + next.records.count <= Self.maximumBatch {
                    taken.append(state.pending.removeFirst())
                    count += next.records.count
                }
                return taken
            }
            guard !batch.isEmpty else { return }
            do {
                var outcomes = try await store.write(batch.flatMap(\.records))[...]
                for pending in batch {
                    pending.continuation.resume(returning: Array(outcomes.prefix(pending.records.count)))
                    outcomes = outcomes.dropFirst(pending.records.count)
                }
            } catch {
                logger.error("writing \(batch.count) submissions failed: \(error)")
                for pending in batch { pending.continuation.resume(throwing: error) }
            }
        }
    }
}

public enum ResponseWriterError: Error {
    /// The server is stopping; the client should send again later.
    case shuttingDown
}
