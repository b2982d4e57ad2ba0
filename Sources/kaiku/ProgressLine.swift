import Foundation
import Synchronization

/// A progress line for long work on a terminal: counts, rate and time left, redrawn in place;
/// on anything else (a log, a pipe) a line now and then.
final class ProgressLine: Sendable {
    private let label: String
    private let started = Date()
    private let lastShown = Mutex<Date?>(nil)
    private let isTerminal = isatty(STDERR_FILENO) != 0

    init(label: String) {
        self.label = label
    }

    func show(_ done: Int, _ total: Int) {
        let now = Date()
        let due = lastShown.withLock { last -> Bool in
            guard done == total || last.map({ now.timeIntervalSince($0) > (isTerminal ? 0.1 : 5) }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "%@: %d/%d responses (%.0f/s, %.0f s left)", label, done, total, rate, left)
        FileHandle.standardError.write(Data(((isTerminal ? "\r\u{1B}[K" : "") + line + (isTerminal ? "" : "\n")).utf8))
    }

    func finish() {
        let elapsed = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data(((isTerminal ? "\n" : "") + String(format: "%@: done in %.1f s\n", label, elapsed)).utf8))
    }
}
