import Foundation
import KaikuStore
import Logging
import ServiceLifecycle

/// Every few minutes, deletes what has outlived its use (expired drafts and staff sessions,
/// old sign-in failures, expired import uploads) and logs how many rows went. Runs on every
/// instance; the deletes are idempotent, so instances need not take turns.
struct PurgeService: Service {
    let store: Store
    var interval: Duration = .seconds(300)
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await purgeOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One round; a failure (the database away for a moment) waits for the next one.
    func purgeOnce() async {
        do {
            let counts = try await store.purgeExpired()
            if counts.total > 0 { logger.info("purged \(counts)") }
        } catch {
            logger.warning("purging expired rows failed: \(error)")
        }
    }
}
