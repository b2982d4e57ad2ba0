import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

/// A signed-in staff member as the editor tests see one: the session cookie and CSRF token
/// sent with every request, as a browser would.
struct StaffSession {
    let client: any TestClientProtocol
    let cookie: String
    let csrf: String

    /// Creates `username` with `role` and `language`, and signs in.
    static func signIn(_ client: any TestClientProtocol, store: Store, username: String = "paakayttaja", role: Role = .admin, language: String = "fi") async throws -> StaffSession {
        try await store.createUser(
            username: username, passwordHash: try await PasswordHasher(cost: 4).hash("pitkä ja hyvä salasana"), role: role,
            libraries: role == .admin ? [] : ["lohja"], language: language, mustChangePassword: false
        )
        let signedIn = try await client.post("/staff/sign-in", [("username", username), ("password", "pitkä ja hyvä salasana"), ("next", "/staff")])
        let cookie = try #require(StaffTests.cookie(signedIn))
        let home = try await client.get("/staff", headers: [.cookie: cookie])
        let csrf = try #require(home.hidden("csrf"))
        return StaffSession(client: client, cookie: cookie, csrf: csrf)
    }

    func get(_ uri: String) async throws -> Page {
        try await client.get(uri, headers: [.cookie: cookie])
    }

    /// Posts a form with the session's CSRF token.
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> Page {
        try await client.post(uri, [("csrf", csrf)] + fields, headers: [.cookie: cookie])
    }
}

extension Page {
    var location: String? { headers[.location] }

    /// The text of the page without tags, entities decoded where tests look for them.
    var text: String {
        html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
