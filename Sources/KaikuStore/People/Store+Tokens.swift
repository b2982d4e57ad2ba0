import FluentKit
import Foundation

/// A personal API token as listed to its owner (the token itself is shown once, at creation).
public struct APITokenInfo: Sendable, Hashable {
    public var id: UUID
    public var label: String
    public var createdAt: Date
    public var lastUsedAt: Date?
}

extension Store {
    /// Stores a token by its hash only; the caller shows the token once.
    public func createAPIToken(for user: User, tokenHash: String, label: String, at date: Date = Date()) async throws -> APITokenInfo {
        let model = APITokenModel()
        model.id = UUID()
        model.userID = user.id
        model.tokenHash = tokenHash
        model.label = label
        model.createdAt = date
        try await model.create(on: database)
        return APITokenInfo(id: try model.requireID(), label: label, createdAt: date, lastUsedAt: nil)
    }

    /// The enabled user owning the live token with this hash.
    public func user(forTokenHash hash: String) async throws -> User? {
        guard let token = try await APITokenModel.query(on: reader).filter(\.$tokenHash == hash).first(),
              token.revokedAt == nil, let user = try await user(id: token.userID), !user.disabled
        else { return nil }
        return user
    }

    public func apiTokens(of user: User) async throws -> [APITokenInfo] {
        try await APITokenModel.query(on: reader).filter(\.$userID == user.id).filter(\.$revokedAt == nil)
            .sort(\.$createdAt).all()
            .map { APITokenInfo(id: try $0.requireID(), label: $0.label, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt) }
    }

    public func revokeAPITokens(of user: User, at date: Date = Date()) async throws {
        try await APITokenModel.query(on: database).filter(\.$userID == user.id).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: date).update()
    }
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "label") var label: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}
