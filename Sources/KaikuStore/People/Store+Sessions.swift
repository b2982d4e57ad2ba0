import FluentKit
import Foundation

/// A signed-in browser session.
public struct StaffSession: Sendable, Hashable {
    /// The id in the browser's cookie; the database keeps only its SHA-256 hash.
    public var id: String
    public var user: User
    /// Sent in a hidden field of every staff form and checked on each post.
    public var csrfToken: String
    public var expiresAt: Date
}

extension Store {
    /// How long a session lasts without signing in again.
    public static let sessionLifetime: TimeInterval = 12 * 3600

    /// Starts a session with a new random id (a new id at every sign-in: no fixation). Only the
    /// id's hash is stored; the returned session carries the id itself, for the cookie.
    public func createSession(for user: User, now: Date = Date()) async throws -> StaffSession {
        let id = Draft.newToken()
        let model = SessionModel()
        model.id = SecretHash.of(id)
        model.userID = user.id
        model.csrfToken = Draft.newToken()
        model.createdAt = now
        model.expiresAt = now.addingTimeInterval(Self.sessionLifetime)
        try await model.create(on: database)
        return StaffSession(id: id, user: user, csrfToken: model.csrfToken, expiresAt: model.expiresAt)
    }

    /// The live session with `id` and its user, unless expired or the user is disabled.
    public func session(id: String, now: Date = Date()) async throws -> StaffSession? {
        guard id.count <= 64, let model = try await SessionModel.find(SecretHash.of(id), on: reader), model.expiresAt > now,
              let user = try await user(id: model.userID), !user.disabled
        else { return nil }
        return StaffSession(id: id, user: user, csrfToken: model.csrfToken, expiresAt: model.expiresAt)
    }

    public func deleteSession(id: String) async throws {
        try await SessionModel.query(on: database).filter(\.$id == SecretHash.of(id)).delete()
    }

    /// Ends every session of the user but the one with id `keeping` (the one that changed the
    /// password stays signed in); `on` joins a transaction of the caller.
    public func deleteSessions(of userID: UUID, keeping: String? = nil, on database: (any Database)? = nil) async throws {
        var query = SessionModel.query(on: try database ?? self.database).filter(\.$userID == userID)
        if let keeping { query = query.filter(\.$id != SecretHash.of(keeping)) }
        try await query.delete()
    }
}
