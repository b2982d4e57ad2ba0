import FluentKit
import Foundation

/// How many rows one purge removed, table by table.
public struct PurgeCounts: Sendable, Hashable, CustomStringConvertible {
    public var drafts = 0
    public var sessions = 0
    public var signInFailures = 0
    public var importUploads = 0

    public init(drafts: Int = 0, sessions: Int = 0, signInFailures: Int = 0, importUploads: Int = 0) {
        self.drafts = drafts
        self.sessions = sessions
        self.signInFailures = signInFailures
        self.importUploads = importUploads
    }

    public var total: Int { drafts + sessions + signInFailures + importUploads }

    public var description: String {
        "\(drafts) drafts, \(sessions) sessions, \(signInFailures) sign-in failures, \(importUploads) import uploads"
    }
}

extension Store {
    /// Deletes what has outlived its use: drafts untouched for their lifetime, expired staff
    /// sessions, sign-in failures older than `signInWindow`, and import uploads past their expiry.
    public func purgeExpired(now: Date = Date(), signInWindow: TimeInterval = SignInThrottle().window) async throws -> PurgeCounts {
        var counts = PurgeCounts()
        counts.drafts = try await deleteExpiredDrafts(now: now)
        counts.sessions = try await deleteCounted(SessionModel.query(on: database).filter(\.$expiresAt <= now))
        counts.signInFailures = try await deleteCounted(SignInFailureModel.query(on: database).filter(\.$failedAt < now.addingTimeInterval(-signInWindow)))
        counts.importUploads = try await deleteCounted(ImportUploadModel.query(on: database).filter(\.$expiresAt <= now))
        return counts
    }

    /// Drafts of `survey` still being answered (not submitted, not expired).
    public func openDraftCount(survey: String, now: Date = Date()) async throws -> Int {
        try await DraftModel.query(on: reader)
            .filter(\.$surveyID == survey).filter(\.$submittedAt == nil)
            .filter(\.$updatedAt > now.addingTimeInterval(-Self.draftLifetime))
            .count()
    }

    private func deleteCounted<M: Model>(_ query: QueryBuilder<M>) async throws -> Int {
        let count = try await query.count()
        if count > 0 { try await query.delete() }
        return count
    }
}
