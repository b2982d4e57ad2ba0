import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

/// Personal API tokens: created with an optional expiry, listed with their last use, revoked
/// by their owner only; expired and revoked ones get 401.
@Suite("API tokens on the account page")
struct AccountTokenTests {
    @Test("the account page lists tokens with created, last used and expiry, and each can be revoked")
    func tokenList() async throws {
        try await TestApp.run(prepare: AccountSecurityTests.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let session = try await SignedIn.session(store, user)
            for days in ["0", "3651", "-1", "1.5", "abc", "9223372036854775808"] {
                let refused = try await client.post("/staff/account/tokens", [("csrf", session.csrf), ("label", "x"), ("days", days)], headers: session.headers)
                #expect(refused.status == .unprocessableContent, "\(days)")
                #expect(refused.contains("Give the validity in whole days from 1 to 3650, or leave the field empty."))
            }
            let created = try await client.post("/staff/account/tokens", [("csrf", session.csrf), ("label", "viikko"), ("days", "7")], headers: session.headers)
            #expect(created.status == .created)
            #expect(created.contains("The token expires "))
            let token = try #require(created.firstMatch(#"id="new-token" class="wide-input" value="(kaiku_[A-Za-z0-9_-]+)""#))
            let stored = try #require(try await store.apiTokens(of: user).first)
            let expiresAt = try #require(stored.expiresAt)
            #expect(abs(expiresAt.timeIntervalSinceNow - 7 * 86_400) < 60)

            let before = try await client.get("/staff/account", headers: session.headers)
            #expect(before.contains("<th scope=\"row\">viikko</th>"))
            #expect(before.contains("not yet"))
            #expect(try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"]).status == .ok)
            let after = try await client.get("/staff/account", headers: session.headers)
            #expect(!after.contains("not yet"), "the last use is shown")
            #expect(after.contains(DateText.dayAndTime(expiresAt, in: "en")))
            #expect(after.contains(#"name="token" value="\#(stored.id.uuidString)""#))

            // Another user cannot revoke it.
            let other = try await SignedIn.make(store, "toinen", role: .staff, libraries: ["lohja"])
            let foreign = try await client.post("/staff/account/tokens/revoke", [("csrf", other.csrf), ("token", stored.id.uuidString)], headers: other.headers)
            #expect(foreign.status == .notFound)
            #expect(try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"]).status == .ok)

            let revoked = try await client.post("/staff/account/tokens/revoke", [("csrf", session.csrf), ("token", stored.id.uuidString)], headers: session.headers)
            #expect(revoked.status == .ok)
            #expect(revoked.contains("The token viikko has been revoked: it no longer opens the API."))
            #expect(revoked.contains("You have no API tokens."))
            let refused = try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            #expect(refused.status == .unauthorized)
        }
    }

    @Test("an expired token gets 401 and is marked expired on the account page")
    func expiredToken() async throws {
        try await TestApp.run(prepare: AccountSecurityTests.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let token = "kaiku_vanhentunut0123456789"
            _ = try await store.createAPIToken(for: user, tokenHash: APIToken.hash(token), label: "vanha", expiresAt: Date().addingTimeInterval(-60))
            let refused = try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            #expect(refused.status == .unauthorized)
            #expect(refused.contains("revoked or expired"))
            let page = try await client.get("/staff/account", headers: try await SignedIn.session(store, user).headers)
            #expect(page.contains("expired "))
        }
    }
}

/// `kaiku token create --days` and `kaiku user reset --password-stdin`: the command line's
/// tokens expire and its resets sign out the same way.
@Suite("Accounts from the command line")
struct CommandLineAccountTests {
    @Test("a password reset from the command line ends every session of the user")
    func resetEndsSessions() async throws {
        try await TestApp.run(prepare: AccountSecurityTests.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let session = try await SignedIn.session(store, user)
            #expect(try await client.get("/staff", headers: session.headers).status == .ok)
            _ = try await StaffAccounts(store: store, hasher: PasswordHasher(cost: 4)).reset(username: "virkailija", password: "uusi pitkä salasana")
            #expect(try await client.get("/staff", headers: session.headers).status == .found)
        }
    }

    @Test("a token created with days expires after them; days outside 1–3650 are refused")
    func days() async throws {
        try await TestApp.run(prepare: AccountSecurityTests.user) { store, _ in
            let accounts = StaffAccounts(store: store, hasher: PasswordHasher(cost: 4))
            for days in [0, 3651, -5, Int.max] {
                await #expect(throws: AccountError.self, "\(days)") {
                    _ = try await accounts.createToken(username: "virkailija", label: "skripti", days: days)
                }
            }
            _ = try await accounts.createToken(username: "virkailija", label: "skripti", days: 2)
            let user = try #require(try await store.user(named: "virkailija"))
            let expiresAt = try #require(try await store.apiTokens(of: user).first?.expiresAt)
            #expect(abs(expiresAt.timeIntervalSinceNow - 2 * 86_400) < 60)
            #expect(try await store.auditEvents().first?.summary.hasPrefix("API token 'skripti', expires ") == true)
        }
    }
}
