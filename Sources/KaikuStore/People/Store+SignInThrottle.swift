import FluentKit
import Foundation

/// Repeated failed sign-ins slow an attacker down: after `accountLimit` failures for one
/// account, or `addressLimit` from one address, within `window`, sign-in is refused until the
/// oldest of them leaves the window. Only failures are kept, and only for the window.
public struct SignInThrottle: Sendable {
    public var accountLimit = 5
    public var addressLimit = 20
    public var window: TimeInterval = 15 * 60

    public init() {}
}

extension Store {
    /// When sign-in may be tried again for this account or address, or nil if it may now.
    public func signInBlockedUntil(account: String, address: String?, throttle: SignInThrottle, now: Date = Date()) async throws -> Date? {
        let since = now.addingTimeInterval(-throttle.window)
        let byAccount = try await SignInFailureModel.query(on: reader)
            .filter(\.$account == account.lowercased()).filter(\.$failedAt > since).sort(\.$failedAt).all()
        var until: Date?
        if byAccount.count >= throttle.accountLimit {
            until = byAccount[byAccount.count - throttle.accountLimit].failedAt.addingTimeInterval(throttle.window)
        }
        if let address {
            let byAddress = try await SignInFailureModel.query(on: reader)
                .filter(\.$address == address).filter(\.$failedAt > since).sort(\.$failedAt).all()
            if byAddress.count >= throttle.addressLimit {
                let addressUntil = byAddress[byAddress.count - throttle.addressLimit].failedAt.addingTimeInterval(throttle.window)
                until = max(until ?? addressUntil, addressUntil)
            }
        }
        return until
    }

    /// Records a failed sign-in, and forgets failures older than the window.
    public func recordSignInFailure(account: String, address: String?, throttle: SignInThrottle, now: Date = Date()) async throws {
        let model = SignInFailureModel()
        model.id = UUID()
        model.account = account.lowercased()
        model.address = address
        model.failedAt = now
        try await model.create(on: database)
        try await SignInFailureModel.query(on: database).filter(\.$failedAt < now.addingTimeInterval(-throttle.window)).delete()
    }

    /// A successful sign-in clears the account's failures.
    public func clearSignInFailures(account: String) async throws {
        try await SignInFailureModel.query(on: database).filter(\.$account == account.lowercased()).delete()
    }
}

final class SignInFailureModel: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "account") var account: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "failed_at") var failedAt: Date

    init() {}
}
