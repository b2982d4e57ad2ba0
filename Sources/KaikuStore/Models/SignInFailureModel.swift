import FluentKit
import Foundation

/// A sign-in attempt that has not (yet) succeeded.
final class SignInFailureModel: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "account") var account: String?
    @OptionalField(key: "address") var address: String?
    /// When the attempt was made.
    @Field(key: "failed_at") var failedAt: Date

    init() {}
}
