import FluentKit
import Foundation

/// A one-time invitation to choose a password: only its hash is stored.
final class InvitationModel: Model, @unchecked Sendable {
    static let schema = "invitations"

    /// The SHA-256 hash of the link's token.
    @ID(custom: "token", generatedBy: .user) var id: String?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}
