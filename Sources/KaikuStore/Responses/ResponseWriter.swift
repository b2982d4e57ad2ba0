import Foundation
import KaikuCore
import Logging
import ServiceLifecycle
import Synchronization

/// The single writer of responses (group commit): submissions that arrive while a transaction
/// is running wait together and are written in the next one, so a burst costs a few commits
/// instead of one each. Each submitter is answered only after its transaction committed.
///
/// One bad record must not fail the others: when a shared transaction fails, its submissions
/// are written again one by one, and a submission of several records record by record, so
/// each submitter gets its own outcome. The queue is bounded, and a submitter waits at most
/// `limits.deadline`: then it is told `timedOut` (the caller answers 503), while its records
/// stay queued and may still commit, which a retry with the same id then finds (200).
public final class ResponseWriter: Service, Sendable {
    /// At most this many responses go into one transaction.
    public static let maximumBatch = 500

    /// How much the writer takes on, and how long a submitter waits.
    public struct Limits: Sendable {
        /// Responses waiting to be written, at most; beyond, a submission is refused (`overloaded`).
        public var maximumQueued: Int
        /// How long a submitter waits for its commit before it is told `timedOut`.
        public var deadline: Duration
        /// How long the writer waits for one transaction before it gives up on it and tries
        /// its submissions again on their own: a connection lost in the middle of a query (the
        /// server restarted) must not stop every later write. Twice the deadline.
        public var transactionTimeout: Duration { deadline * 2 }

        public init(maximumQueued: Int = 20_000, deadline: Duration = .seconds(10)) {
            self.maximumQueued = max(1, maximumQueued)
            self.deadline = deadline
        }
    }

    /// One submitter's responses, answered together.
    private struct Pending: Sendable {
        let records: [ResponseRecord]
        let ticket: Ticket<[WriteOutcome]>

        func answer(_ result: Result<[WriteOutcome], any Error>) { ticket.settle(result) }
    }

    private struct Queue {
        var pending: [Pending] = []
        var records = 0
        var closed = false
    }

    private let store: Store
    private let limits: Limits
    private let queue = Mutex(Queue())
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let logger: Logger

    public init(store: Store, limits: Limits = Limits(), logger: Logger = Logger(label: "kaiku.writer")) {
        self.store = store
        self.limits = limits
        self.logger = logger
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Writes one response; returns once it is committed (or was already there).
    public func submit(_ record: ResponseRecord) async throws -> WriteOutcome {
        try await submit([record])[0]
    }

    /// Writes several responses in the order given (a repeated id within them is a retry);
    /// returns their outcomes in the same order, once committed. Throws `ResponseWriterError`
    /// when the queue is full, the deadline passed or the server is stopping, and the
    /// database's error when it cannot be reached: in each case the client should send again.
    public func submit(_ records: [ResponseRecord]) async throws -> [WriteOutcome] {
        guard !records.isEmpty else { return [] }
        let ticket = Ticket<[WriteOutcome]>()
        let timer = Task { [deadline = limits.deadline] in
            try await Task.sleep(for: deadline)
            ticket.settle(.failure(ResponseWriterError.timedOut))
        }
        defer { timer.cancel() }
        let refusal = queue.withLock { state -> ResponseWriterError? in
            guard !state.closed else { return .shuttingDown }
            guard state.records + records.count <= limits.maximumQueued || state.pending.isEmpty else { return .overloaded }
            state.pending.append(Pending(records: records, ticket: ticket))
            state.records += records.count
            return nil
        }
        if let refusal {
            ticket.settle(.failure(refusal))
        } else {
            wake.yield()
        }
        return try await withCheckedThrowingContinuation { ticket.attach($0) }
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
                state.records -= count
                return taken
            }
            guard !batch.isEmpty else { return }
            await write(batch)
        }
    }

    /// One transaction, given up after `transactionTimeout`. One given up may still commit
    /// later; the records are then found by the next try (already stored), never doubled.
    private func write(_ records: [ResponseRecord]) async throws -> [WriteOutcome] {
        let store = self.store
        return try await withDeadline(limits.transactionTimeout) { try await store.write(records) }
    }

    /// Writes a batch in one transaction; if that fails, each submission on its own.
    private func write(_ batch: [Pending]) async {
        do {
            var outcomes = try await write(batch.flatMap(\.records))[...]
            for pending in batch {
                pending.answer(.success(Array(outcomes.prefix(pending.records.count))))
                outcomes = outcomes.dropFirst(pending.records.count)
            }
            return
        } catch {
            logger.warning("writing \(batch.count) submissions together failed, writing them one by one: \(error)")
        }
        for (index, pending) in batch.enumerated() {
            if let failure = await writeAlone(pending) {
                // The database itself is away: the rest would fail the same way, slowly.
                for rest in batch[index...] { rest.answer(.failure(failure)) }
                return
            }
        }
    }

    /// Writes one submission in its own transaction, or record by record if that fails. A record
    /// that fails alone while the database answers is refused (`notStorable`); returns the
    /// error when the database does not answer.
    private func writeAlone(_ pending: Pending) async -> (any Error)? {
        do {
            pending.answer(.success(try await write(pending.records)))
            return nil
        } catch {
            guard await store.isReachable() else { return error }
        }
        var outcomes: [WriteOutcome] = []
        for record in pending.records {
            do {
                outcomes += try await write([record])
            } catch {
                guard await store.isReachable() else { return error }
                logger.error("response \(record.response.id) cannot be stored: \(error)")
                outcomes.append(.notStorable)
            }
        }
        pending.answer(.success(outcomes))
        return nil
    }
}

public enum ResponseWriterError: Error, CustomStringConvertible {
    /// The server is stopping; the client should send again later.
    case shuttingDown
    /// Too many responses are waiting to be written; the client should send again later.
    case overloaded
    /// The database did not commit within the deadline; the response may still be stored,
    /// and sending it again with the same id is safe.
    case timedOut

    public var description: String {
        switch self {
        case .shuttingDown: "the server is stopping"
        case .overloaded: "too many responses are waiting to be written"
        case .timedOut: "the database did not store the response in time"
        }
    }
}
