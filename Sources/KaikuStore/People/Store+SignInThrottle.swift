import FluentKit
import Foundation

/// How failed sign-ins are limited, so that a password cannot be guessed and yet a stranger
/// cannot lock a person out:
/// - one account from one address: strictly, `accountAndAddressLimit` failures in `window`;
/// - one address, whatever the account: `addressLimit` failures in `window`;
/// - one account from anywhere: loosely; beyond `accountLimit` failures in `window` each
///   attempt waits `accountDelay` after the last one, a delay that doubles with every further
///   failure (never longer than `window`).
///
/// An attempt counts before its password is checked, so parallel guesses cannot pass together.
public struct SignInThrottle: Sendable, Hashable {
    public var accountAndAddressLimit = 5
    public var addressLimit = 20
    public var accountLimit = 20
    public var accountDelay: TimeInterval = 15
    public var window: TimeInterval = 15 * 60

    public init() {}

    /// Until when the next attempt is refused, given earlier failures (any order), or nil.
    public func refusal(accountAndAddress: [Date], address: [Date], account: [Date], now: Date) -> SignInRefusal? {
        var refusals: [SignInRefusal] = []
        func strict(_ failures: [Date], _ limit: Int, _ kind: SignInLimit) {
            guard limit > 0, failures.count >= limit else { return }
            // Refused until the oldest failure that still fills the limit leaves the window.
            let until = failures.sorted()[failures.count - limit].addingTimeInterval(window)
            if until > now { refusals.append(SignInRefusal(until: until, limit: kind)) }
        }
        strict(accountAndAddress, accountAndAddressLimit, .accountAndAddress)
        strict(address, addressLimit, .address)
        if account.count >= accountLimit, let last = account.max() {
            let doublings = min(account.count - accountLimit, 30)
            let delay = min(window, accountDelay * Double(1 << doublings))
            let until = last.addingTimeInterval(delay)
            if until > now { refusals.append(SignInRefusal(until: until, limit: .account)) }
        }
        return refusals.max { $0.until < $1.until }
    }
}

/// Which limit refused a sign-in.
public enum SignInLimit: String, Sendable, Hashable {
    case accountAndAddress = "account_and_address"
    case address
    case account
}

/// A refused sign-in: until when, and why.
public struct SignInRefusal: Sendable, Hashable {
    public var until: Date
    public var limit: SignInLimit
}

/// A sign-in attempt as counted: refused, or let through to the password check. Until
/// `signInSucceeded` it counts as a failure.
public struct SignInAttemptCount: Sendable, Hashable {
    /// The account the attempt is counted against (lower case).
    public var account: String
    public var address: String
    /// Set when the attempt is refused without checking the password.
    public var refused: SignInRefusal?
    /// When the attempt may go on: the refusal its failure would start, if it starts one.
    public var refusalIfWrong: SignInRefusal?
}

extension Store {
    /// The address key of a sign-in without a known peer address (a test, a local socket).
    static let unknownAddress = "unknown"

    /// Counts a sign-in attempt for `account` (the resolved account's username, so that a
    /// username and an e-mail address are one account) from `address`, before the password is
    /// checked. The attempt is written first and only then are the attempts in the window
    /// counted, each write committed on its own: of attempts sent together, from one instance
    /// or several, each sees at least those written before it, so no more than the limit get
    /// through. A refused attempt is not kept, so waiting out a refusal always helps.
    public func countSignInAttempt(account: String, address: String?, throttle: SignInThrottle, now: Date = Date()) async throws -> SignInAttemptCount {
        let account = account.lowercased()
        let address = address ?? Self.unknownAddress
        let attempt = SignInFailureModel()
        attempt.id = UUID()
        attempt.account = account
        attempt.address = address
        attempt.failedAt = now
        try await attempt.create(on: database)
        let since = now.addingTimeInterval(-throttle.window)
        let others = try await SignInFailureModel.query(on: database).filter(\.$failedAt > since)
            .group(.or) { $0.filter(\.$account == account).filter(\.$address == address) }
            .all().filter { $0.id != attempt.id }
        let pair = others.filter { $0.account == account && $0.address == address }.map(\.failedAt)
        let byAddress = others.filter { $0.address == address }.map(\.failedAt)
        let byAccount = others.filter { $0.account == account }.map(\.failedAt)
        var count = SignInAttemptCount(account: account, address: address)
        count.refused = throttle.refusal(accountAndAddress: pair, address: byAddress, account: byAccount, now: now)
        if count.refused != nil {
            try await attempt.delete(on: database)
        } else {
            count.refusalIfWrong = throttle.refusal(accountAndAddress: pair + [now], address: byAddress + [now], account: byAccount + [now], now: now)
        }
        // Failures older than the window no longer count.
        try await SignInFailureModel.query(on: database).filter(\.$failedAt < since).delete()
        return count
    }

    /// A correct password: the attempts of this account from this address no longer count.
    public func signInSucceeded(_ count: SignInAttemptCount) async throws {
        try await SignInFailureModel.query(on: database).filter(\.$account == count.account).filter(\.$address == count.address).delete()
    }
}
