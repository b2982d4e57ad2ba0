import FluentKit
import Foundation

/// A signed-in browser session.
public struct StaffSession: Sendable, Hashable {
    public var id: String
    public var user: User
    /// Sent in a hidden field of every staff form and checked on each post.
    public var csrfToken: String
    public var expiresAt: Date
}

extension Store {
    /// How long a session lasts without signing in again.
    public static let sessionLifetime: TimeInterval = 12 * 3600

    /// Starts a session with a new random id (a new id at every sign-in: no fixation).
    public func createSession(for user: User, now: Date = Date()) async throws -> StaffSession {
        let model = SessionModel()
        model.id = Draft.newToken()
        model.userID = user.id
        model.csrfToken = Draft.newToken()
        model.createdAt = now
        model.expiresAt = now.addingTimeInterval(Self.sessionLifetime)
        try await model.create(on: database)
        return StaffSession(id: try model.requireID(), user: user, csrfToken: model.csrfToken, expiresAt: model.expiresAt)
    }

    /// The live session with `id` and its user, unless expired or the user is disabled.
    public func session(id: String, now: Date = Date()) async throws -> StaffSession? {
        guard id.count <= 64, let model = try await SessionModel.find(id, on: reader), model.expiresAt > now,
              let user = try await user(id: model.userID), !user.disabled
        else { return nil }
        return StaffSession(id: id, user: user, csrfToken: model.csrfToken, expiresAt: model.expiresAt)
    }

    public func deleteSession(id: String) async throws {
        try await SessionModel.query(on: database).filter(\.$id == id).delete()
    }
}
