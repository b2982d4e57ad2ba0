import FluentKit
import Foundation

/// A personal API token as listed to its owner (the token itself is shown once, at creation).
public struct APITokenInfo: Sendable, Hashable {
    public var id: UUID
    public var label: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    /// After this the token no longer opens the API; nil: until revoked.
    public var expiresAt: Date?

    public func isExpired(at date: Date = Date()) -> Bool { expiresAt.map { $0 <= date } ?? false }
}

extension Store {
    /// A token's last use is written at most this often, not at every request.
    static let tokenUseResolution: TimeInterval = 60

    /// Stores a token by its hash only; the caller shows the token once.
    public func createAPIToken(
        for user: User, tokenHash: String, label: String, expiresAt: Date? = nil, at date: Date = Date()
    ) async throws -> APITokenInfo {
        let model = APITokenModel()
        model.id = UUID()
        model.userID = user.id
        model.tokenHash = tokenHash
        model.label = label
        model.createdAt = date
        model.expiresAt = expiresAt
        try await model.create(on: database)
        return APITokenInfo(id: try model.requireID(), label: label, createdAt: date, lastUsedAt: nil, expiresAt: expiresAt)
    }

    /// The enabled user owning the live (neither revoked nor expired) token with this hash;
    /// notes when the token was used.
    public func user(forTokenHash hash: String, now: Date = Date()) async throws -> User? {
        guard let token = try await APITokenModel.query(on: reader).filter(\.$tokenHash == hash).first(),
              token.revokedAt == nil, token.expiresAt.map({ $0 > now }) ?? true,
              let user = try await user(id: token.userID), !user.disabled
        else { return nil }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.tokenUseResolution }) ?? true {
            let tokenID = try token.requireID()
            try await APITokenModel.query(on: database).filter(\.$id == tokenID)
                .set(\.$lastUsedAt, to: now).update()
        }
        return user
    }

    /// The user's tokens not revoked, expired ones too (the page says so), oldest first.
    public func apiTokens(of user: User) async throws -> [APITokenInfo] {
        try await APITokenModel.query(on: reader).filter(\.$userID == user.id).filter(\.$revokedAt == nil)
            .sort(\.$createdAt).all()
            .map {
                APITokenInfo(id: try $0.requireID(), label: $0.label, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt, expiresAt: $0.expiresAt)
            }
    }

    /// Revokes one token of the user; nil if the user has no such live token (another's token
    /// is never touched), else the revoked token.
    public func revokeAPIToken(id: UUID, of user: User, at date: Date = Date()) async throws -> APITokenInfo? {
        try await database.transaction { database in
            guard let model = try await APITokenModel.query(on: database).filter(\.$id == id).filter(\.$userID == user.id)
                .filter(\.$revokedAt == nil).first()
            else { return nil }
            model.revokedAt = date
            try await model.save(on: database)
            return APITokenInfo(id: id, label: model.label, createdAt: model.createdAt, lastUsedAt: model.lastUsedAt, expiresAt: model.expiresAt)
        }
    }

    public func revokeAPITokens(of user: User, at date: Date = Date()) async throws {
        try await APITokenModel.query(on: database).filter(\.$userID == user.id).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: date).update()
    }
}
