import Foundation
import KaikuCore
@testable import KaikuStore
import Testing

/// Invitations, API tokens, sign-in throttling, the audit log and user changes, on both databases.
@Suite("Staff accounts in the store")
struct StaffStoreTests {
    static func staff(_ store: Store, _ name: String = "virkailija") async throws -> User {
        try await store.createUser(username: name, email: "\(name)@lohja.fi", passwordHash: "hash", role: .staff, libraries: ["lohja"], mustChangePassword: false)
    }

    @Test("an invitation works once, only the newest works, and not after it expires", arguments: TestDatabase.all)
    func invitations(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let user = try await Self.staff(store)
            let first = try await store.createInvitation(for: user)
            let second = try await store.createInvitation(for: user)
            #expect(first.token != second.token)
            #expect(try await store.invitation(token: first.token)?.isUsable() == false, "the older link stopped working")
            let accepted = try await store.acceptInvitation(token: second.token, passwordHash: "new hash")
            #expect(accepted)
            let twice = try await store.acceptInvitation(token: second.token, passwordHash: "other hash")
            #expect(!twice)
            #expect(try await store.userForSignIn("virkailija")?.passwordHash == "new hash")

            let late = try await store.createInvitation(for: user, at: Date().addingTimeInterval(-Store.invitationLifetime - 60))
            let expired = try await store.acceptInvitation(token: late.token, passwordHash: "late hash")
            #expect(!expired)
            #expect(try await store.invitation(token: "unknown") == nil)
        }
    }

    @Test("a token is found by its hash until the user is disabled", arguments: TestDatabase.all)
    func tokens(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            var user = try await Self.staff(store)
            _ = try await store.createAPIToken(for: user, tokenHash: "abc123", label: "raportit")
            #expect(try await store.user(forTokenHash: "abc123")?.username == "virkailija")
            #expect(try await store.user(forTokenHash: "other") == nil)
            #expect(try await store.apiTokens(of: user).map(\.label) == ["raportit"])
            user.disabled = true
            try await store.update(user)
            #expect(try await store.user(forTokenHash: "abc123") == nil)
            #expect(try await store.apiTokens(of: user).isEmpty, "disabling revokes the tokens")
        }
    }

    @Test("failed sign-ins block the account (from its address) after 5 and the address after 20, for the window", arguments: TestDatabase.all)
    func throttle(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let throttle = SignInThrottle()
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            for minute in 0..<4 {
                _ = try await store.countSignInAttempt(account: "Maija", address: "10.0.0.1", throttle: throttle, now: start.addingTimeInterval(Double(minute) * 60))
            }
            let fifth = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: start.addingTimeInterval(240))
            #expect(fifth.refused == nil)
            let sixth = try await store.countSignInAttempt(account: "MAIJA", address: "10.0.0.1", throttle: throttle, now: start.addingTimeInterval(300))
            #expect(sixth.refused?.until == start.addingTimeInterval(throttle.window), "blocked until the oldest of the five leaves the window")
            let later = try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: start.addingTimeInterval(throttle.window + 1))
            #expect(later.refused == nil)
            try await store.signInSucceeded(later)
            #expect(try await store.countSignInAttempt(account: "maija", address: "10.0.0.1", throttle: throttle, now: start.addingTimeInterval(throttle.window + 2)).refused == nil)

            // Many accounts from one address: the address is blocked at 20.
            for index in 0..<20 {
                _ = try await store.countSignInAttempt(account: "user\(index)", address: "10.0.0.9", throttle: throttle, now: start.addingTimeInterval(Double(index)))
            }
            #expect(try await store.countSignInAttempt(account: "someone", address: "10.0.0.9", throttle: throttle, now: start.addingTimeInterval(30)).refused != nil)
            #expect(try await store.countSignInAttempt(account: "someone", address: "10.0.0.10", throttle: throttle, now: start.addingTimeInterval(30)).refused == nil)
        }
    }

    @Test("audit events: newest first, searched without regard to case", arguments: TestDatabase.all)
    func audit(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let admin = AuditActor(id: UUID(), name: "Pääkäyttäjä")
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            try await store.audit(admin, .surveyPublish, objectType: "survey", objectID: "lukki", summary: "version 2", before: "v1", after: "v2", at: start)
            try await store.audit(.commandLine, .userCreate, objectType: "user", objectID: "maija", summary: "created as Manager", at: start.addingTimeInterval(60))
            let all = try await store.auditEvents()
            #expect(all.map(\.action) == ["user.create", "survey.publish"])
            #expect(all.last?.before == "v1")
            #expect(all.last?.after == "v2")
            let byActor = try await store.auditEvents(matching: "pääkäyttäjä")
            #expect(byActor.map(\.action) == ["survey.publish"])
            let bySummary = try await store.auditEvents(matching: "MANAGER")
            #expect(bySummary.map(\.objectID) == ["maija"])
            let paged = try await store.auditEvents(limit: 1, offset: 1)
            #expect(paged.map(\.action) == ["survey.publish"])
        }
    }

    @Test("a user's role, libraries and e-mail change; a taken name or address is found", arguments: TestDatabase.all)
    func users(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            var user = try await Self.staff(store)
            _ = try await Self.staff(store, "toinen")
            let taken = try await store.isTaken(username: "VIRKAILIJA", email: "toinen@lohja.fi", except: user.id)
            #expect(taken.username == false, "usernames are compared exactly")
            #expect(taken.email == true)
            let own = try await store.isTaken(username: "virkailija", email: "virkailija@lohja.fi", except: user.id)
            #expect(own.username == false && own.email == false)
            user.role = .manager
            user.libraries = ["lohja", "vihti"]
            user.email = "Uusi@Lohja.fi"
            let saved = try await store.update(user)
            #expect(saved.email == "uusi@lohja.fi")
            #expect(try await store.user(named: "virkailija")?.libraries == ["lohja", "vihti"])
            user.role = .admin
            #expect(try await store.update(user).libraries == [], "an admin is not scoped")
            #expect(try await store.users().map(\.username) == ["toinen", "virkailija"])
        }
    }
}
