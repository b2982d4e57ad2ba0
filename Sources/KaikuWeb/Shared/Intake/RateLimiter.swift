import Foundation
import Synchronization

/// Token buckets per client address: each address may make `perMinute` requests in a burst,
/// and earns them back at `perMinute` a minute. Addresses are held in memory only, never
/// stored or logged, and forgotten once their bucket is full again.
final class RateLimiter: Sendable {
    /// Requests per minute per address; 0 turns the limit off.
    let perMinute: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    /// Buckets kept at most; beyond it, the full ones are forgotten.
    static let maximumAddresses = 50_000

    init(perMinute: Int) {
        self.perMinute = max(0, perMinute)
    }

    /// Takes a token for `address`: nil when the request may go on, else the seconds until the
    /// next token.
    func take(for address: String, now: Date = Date()) -> Int? {
        guard perMinute > 0 else { return nil }
        let capacity = Double(perMinute)
        let rate = capacity / 60
        return buckets.withLock { buckets -> Int? in
            var bucket = buckets[address] ?? Bucket(tokens: capacity, updated: now)
            let elapsed = max(0, now.timeIntervalSince(bucket.updated))
            bucket.tokens = min(capacity, bucket.tokens + elapsed * rate)
            bucket.updated = now
            if buckets.count >= Self.maximumAddresses { Self.forgetFull(&buckets, capacity: capacity, rate: rate, now: now) }
            guard bucket.tokens >= 1 else {
                buckets[address] = bucket
                return max(1, Int(((1 - bucket.tokens) / rate).rounded(.up)))
            }
            bucket.tokens -= 1
            buckets[address] = bucket
            return nil
        }
    }

    /// Drops the buckets that have filled up again: they hold nothing worth keeping.
    private static func forgetFull(_ buckets: inout [String: Bucket], capacity: Double, rate: Double, now: Date) {
        buckets = buckets.filter { _, bucket in bucket.tokens + now.timeIntervalSince(bucket.updated) * rate < capacity }
    }
}
