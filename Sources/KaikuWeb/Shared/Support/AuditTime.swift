import Foundation

/// A time in the audit log's summaries: ISO 8601, UTC.
enum AuditTime {
    static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
