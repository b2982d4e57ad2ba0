import Foundation
import HTTPTypes
import KaikuStore
@testable import KaikuWeb

/// Staff users for tests, signed in without the sign-in form (bcrypt is tested elsewhere).
struct SignedIn {
    let user: User
    let cookie: String
    let csrf: String

    var headers: HTTPFields { [.cookie: cookie] }

    /// Creates the user (if new) and a fresh session for them.
    static func make(
        _ store: Store, _ username: String, role: Role, libraries: [String] = [], language: String = "fi"
    ) async throws -> SignedIn {
        if let user = try await store.user(named: username) { return try await session(store, user) }
        let user = try await store.createUser(
            username: username, passwordHash: "not a bcrypt hash: no password signs in", role: role,
            libraries: libraries, language: language, mustChangePassword: false
        )
        return try await session(store, user)
    }

    static func session(_ store: Store, _ user: User) async throws -> SignedIn {
        let session = try await store.createSession(for: user)
        return SignedIn(user: user, cookie: "\(SessionMiddleware.cookieName)=\(session.id)", csrf: session.csrfToken)
    }
}
