import FluentKit
import Foundation

/// A one-time link with which a new (or reset) user chooses a password.
public struct Invitation: Sendable, Hashable {
    /// The token of the link; the database keeps only its SHA-256 hash.
    public var token: String
    public var user: User
    public var expiresAt: Date
    public var usedAt: Date?

    public func isUsable(at date: Date = Date()) -> Bool { usedAt == nil && expiresAt > date }
}

extension Store {
    /// How long an invitation link works.
    public static let invitationLifetime: TimeInterval = 7 * 24 * 3600

    /// A new invitation for `user`; earlier unused ones stop working, so only the newest link counts.
    /// Only the token's hash is stored: the returned invitation is the one chance to show the link.
    public func createInvitation(for user: User, at date: Date = Date()) async throws -> Invitation {
        try await database.transaction { database in
            try await InvitationModel.query(on: database).filter(\.$userID == user.id).filter(\.$usedAt == nil)
                .set(\.$expiresAt, to: date).update()
            let token = Draft.newToken()
            let model = InvitationModel()
            model.id = SecretHash.of(token)
            model.userID = user.id
            model.createdAt = date
            model.expiresAt = date.addingTimeInterval(Self.invitationLifetime)
            try await model.create(on: database)
            return Invitation(token: token, user: user, expiresAt: model.expiresAt, usedAt: nil)
        }
    }

    /// The invitation with `token`, used or not (the page explains which).
    public func invitation(token: String) async throws -> Invitation? {
        guard token.count <= 64, let model = try await InvitationModel.find(SecretHash.of(token), on: reader),
              let user = try await user(id: model.userID) else { return nil }
        return Invitation(token: token, user: user, expiresAt: model.expiresAt, usedAt: model.usedAt)
    }

    /// The users with a link still usable, and until when: invited, not yet in.
    public func pendingInvitations(at date: Date = Date()) async throws -> [UUID: Date] {
        let models = try await InvitationModel.query(on: reader).filter(\.$usedAt == nil).filter(\.$expiresAt > date).all()
        return Dictionary(models.map { ($0.userID, $0.expiresAt) }, uniquingKeysWith: max)
    }

    /// Sets the password chosen through an invitation and uses the invitation up, atomically:
    /// a link clicked twice sets the password once. A link used as a password reset ends every
    /// session the user had. Returns false if it was no longer usable.
    public func acceptInvitation(token: String, passwordHash: String, at date: Date = Date()) async throws -> Bool {
        try await database.transaction { database in
            guard token.count <= 64, let model = try await InvitationModel.find(SecretHash.of(token), on: database), model.usedAt == nil, model.expiresAt > date,
                  let user = try await UserModel.find(model.userID, on: database), !user.disabled
            else { return false }
            model.usedAt = date
            try await model.save(on: database)
            user.passwordHash = passwordHash
            user.mustChangePassword = false
            try await user.save(on: database)
            try await self.deleteSessions(of: model.userID, on: database)
            return true
        }
    }
}
