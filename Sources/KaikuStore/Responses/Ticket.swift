import Synchronization

/// A result that whoever comes first settles: the writer's commit or the submitter's deadline.
/// Later attempts are ignored, so a continuation is resumed exactly once.
final class Ticket<Value: Sendable>: Sendable {
    private enum State {
        case waiting(CheckedContinuation<Value, any Error>?)
        case settled(Result<Value, any Error>?)
    }

    private let state = Mutex<State>(.waiting(nil))

    /// Hands over the continuation to resume; resumes it at once if the result is already known.
    func attach(_ continuation: CheckedContinuation<Value, any Error>) {
        let early = state.withLock { state -> Result<Value, any Error>? in
            switch state {
            case .waiting:
                state = .waiting(continuation)
                return nil
            case .settled(let result):
                state = .settled(nil)
                return result
            }
        }
        if let early { continuation.resume(with: early) }
    }

    /// Settles the ticket unless it is settled already.
    func settle(_ result: Result<Value, any Error>) {
        let waiting = state.withLock { state -> CheckedContinuation<Value, any Error>? in
            guard case .waiting(let continuation) = state else { return nil }
            state = .settled(continuation == nil ? result : nil)
            return continuation
        }
        waiting?.resume(with: result)
    }
}

/// The database did not answer within the time allowed.
public struct DeadlineExceeded: Error, CustomStringConvertible {
    public var description: String { "the database did not answer in time" }
}

/// Runs `operation` and returns its result, or throws `DeadlineExceeded` once `timeout` has
/// passed, whichever comes first. The operation is not stopped: it ends in the background.
func withDeadline<Value: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async throws -> Value) async throws -> Value {
    let ticket = Ticket<Value>()
    let work = Task {
        do { ticket.settle(.success(try await operation())) } catch { ticket.settle(.failure(error)) }
    }
    let timer = Task {
        try await Task.sleep(for: timeout)
        ticket.settle(.failure(DeadlineExceeded()))
    }
    defer { timer.cancel() }
    _ = work
    return try await withCheckedThrowingContinuation { ticket.attach($0) }
}
