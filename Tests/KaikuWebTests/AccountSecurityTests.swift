import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

/// Staff accounts as an attacker meets them: guessing passwords, stolen sessions,
/// one-time passwords on the API, the CSRF check and the audit trail.
@Suite("Account security over HTTP")
struct AccountSecurityTests {
    static let password = "oikea pitkä salasana"

    static func user(_ store: Store) async throws {
        let hash = try await PasswordHasher(cost: 4).hash(password)
        try await store.createUser(
            username: "virkailija", email: "virkailija@lohja.fi", passwordHash: hash, role: .staff, libraries: ["lohja"],
            language: "en", mustChangePassword: false
        )
    }

    static func signIn(_ client: some TestClientProtocol, _ name: String, _ password: String, from address: String? = nil) async throws -> Page {
        var headers: HTTPFields = [:]
        if let address { headers[.xForwardedFor] = address }
        return try await client.post("/staff/sign-in", [("username", name), ("password", password), ("lang", "fi")], headers: headers)
    }

    // MARK: Throttling

    @Test("twenty wrong passwords sent at once: no more than five are checked, the others get 429")
    func parallelGuesses() async throws {
        try await TestApp.run(prepare: Self.user) { _, client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<20 {
                    group.addTask { try await Self.signIn(client, "virkailija", "arvaus \(index)").status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            let checked = statuses.filter { $0 == .unauthorized }.count
            #expect(checked <= 5)
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests }, "\(statuses)")
            // The refused guesses were not counted: one after another, the rest of the five are checked.
            var later = 0
            while try await Self.signIn(client, "virkailija", "arvaus").status == .unauthorized, later < 10 { later += 1 }
            #expect(checked + later == 5)
            let right = try await Self.signIn(client, "virkailija", Self.password)
            #expect(right.status == .tooManyRequests, "the right password waits too")
        }
    }

    @Test("a username and an e-mail address are one account")
    func usernameAndEmail() async throws {
        try await TestApp.run(prepare: Self.user) { _, client in
            for name in ["virkailija", "virkailija", "VIRKAILIJA@lohja.fi", "virkailija@lohja.fi", "virkailija"] {
                #expect(try await Self.signIn(client, name, "väärä").status == .unauthorized)
            }
            let blocked = try await Self.signIn(client, "virkailija@lohja.fi", Self.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.contains("Liian monta epäonnistunutta kirjautumisyritystä. Voit yrittää uudelleen"))
        }
    }

    @Test("a stranger's failures from elsewhere do not lock the user out")
    func noLockOut() async throws {
        var configuration = AppConfiguration(loadDemo: false)
        configuration.trustForwardedFor = true
        try await TestApp.run(configuration: configuration, prepare: Self.user) { _, client in
            for _ in 0..<5 {
                #expect(try await Self.signIn(client, "virkailija", "väärä", from: "203.0.113.7").status == .unauthorized)
            }
            #expect(try await Self.signIn(client, "virkailija", Self.password, from: "203.0.113.7").status == .tooManyRequests)
            let fromWork = try await Self.signIn(client, "virkailija", Self.password, from: "192.0.2.10")
            #expect(fromWork.status == .seeOther)
            #expect(fromWork.headers[.setCookie]?.hasPrefix("kaiku_session=") == true)
        }
    }

    @Test("a name no account can have (control characters, too long) is wrong, and counts against the address")
    func implausibleNames() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let names = ["virkailija\u{0}", "virkailija\u{1B}[2J", String(repeating: "a", count: 300)]
            for name in names {
                let page = try await Self.signIn(client, name, "väärä")
                #expect(page.status == .unauthorized)
                #expect(page.contains("Käyttäjätunnus tai salasana on väärin."))
            }
            let failures = try await store.auditEvents().filter { $0.action == "user.sign_in_failed" }
            #expect(failures.map(\.objectID) == ["", "", ""])
            for _ in 0..<2 { _ = try await Self.signIn(client, "\u{7}", "väärä") }
            #expect(try await Self.signIn(client, "\u{8}", "väärä").status == .tooManyRequests, "five from one address, as one unknown account")
            #expect(try await Self.signIn(client, "virkailija", Self.password).status == .seeOther, "the real account is not affected")
        }
    }

    // MARK: Sessions

    @Test("a password change signs out the user's other sessions and keeps this one")
    func passwordChangeEndsOtherSessions() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let here = try await SignedIn.session(store, user)
            let stolen = try await SignedIn.session(store, user)
            #expect(try await client.get("/staff", headers: stolen.headers).status == .ok)
            let changed = try await client.post("/staff/password", [
                ("csrf", here.csrf), ("current", Self.password), ("new", "uusi hyvä salasana"), ("repeat", "uusi hyvä salasana"),
            ], headers: here.headers)
            #expect(changed.status == .ok)
            #expect(try await client.get("/staff", headers: here.headers).status == .ok)
            let out = try await client.get("/staff", headers: stolen.headers)
            #expect(out.status == .found)
            #expect(out.headers[.location]?.hasPrefix("/staff/sign-in") == true)
        }
    }

    @Test("a password reset through an invitation link signs out every session")
    func resetEndsSessions() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let stolen = try await SignedIn.session(store, user)
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let invited = try await client.post("/staff/users/\(user.id)/invitation", [("csrf", admin.csrf)], headers: admin.headers)
            let link = try #require(invited.firstMatch(#"value="http://[^/]*(/staff/invitation/[A-Za-z0-9_-]+)""#))
            #expect(try await client.get("/staff", headers: stolen.headers).status == .ok, "a new link alone signs nobody out")
            let accepted = try await client.post(link, [("new", "uusi hyvä salasana"), ("repeat", "uusi hyvä salasana")])
            #expect(accepted.status == .seeOther)
            #expect(try await client.get("/staff", headers: stolen.headers).status == .found)
            let fresh = try #require(StaffTests.cookie(accepted))
            #expect(try await client.get("/staff", headers: [.cookie: fresh]).status == .ok)
        }
    }

    // MARK: One-time password on the API

    @Test("a user who must change the password gets 403 on the staff API, by token and by session")
    func forcedPasswordChangeOnAPI() async throws {
        try await TestApp.run { store, client in
            let user = try await store.createUser(username: "uusi", passwordHash: "x", role: .admin, mustChangePassword: true)
            let token = try await APIToken.create(for: user, label: "ennen", in: store)
            let byToken: HTTPFields = [.authorization: "Bearer \(token)"]
            let bySession = try await SignedIn.session(store, user).headers
            for headers in [byToken, bySession] {
                for path in ["/api/v1/me", "/api/v1/audit"] {
                    let page = try await client.get(path, headers: headers)
                    #expect(page.status == .forbidden, "\(path)")
                    #expect(page.contains(#""code":"password_change_required""#), "\(path)")
                    #expect(page.contains("one-time password"), "\(path)")
                }
            }
        }
    }

    // MARK: CSRF

    @Test("secrets are compared in constant time, and correctly")
    func constantTime() {
        #expect(ConstantTime.equals("abc", "abc"))
        #expect(!ConstantTime.equals("abd", "abc"))
        #expect(!ConstantTime.equals("ab", "abc"), "a prefix is not equal")
        #expect(!ConstantTime.equals("abcd", "abc"))
        #expect(!ConstantTime.equals("", "abc"))
        #expect(ConstantTime.equals("", ""))
        #expect(!ConstantTime.equals("ä", "a"))
    }

    // MARK: Audit

    @Test("sign-in, failures, throttling, sign-out, password and tokens are in the audit log, never a password")
    func audit() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            _ = try await Self.signIn(client, "tuntematon-salasana?", "väärä salasana 1")
            for index in 2...5 { _ = try await Self.signIn(client, "virkailija", "väärä salasana \(index)") }
            _ = try await Self.signIn(client, "virkailija@lohja.fi", "väärä salasana 6")
            let signedIn = try await Self.signIn(client, "virkailija", Self.password)
            #expect(signedIn.status == .tooManyRequests)

            let user = try #require(try await store.user(named: "virkailija"))
            let session = try await SignedIn.session(store, user)
            _ = try await client.post("/staff/account/tokens", [("csrf", session.csrf), ("label", "raportit")], headers: session.headers)
            let tokenID = try #require(try await store.apiTokens(of: user).first?.id)
            _ = try await client.post("/staff/account/tokens/revoke", [("csrf", session.csrf), ("token", tokenID.uuidString)], headers: session.headers)
            _ = try await client.post("/staff/password", [
                ("csrf", session.csrf), ("current", Self.password), ("new", "uusi hyvä salasana"), ("repeat", "uusi hyvä salasana"),
            ], headers: session.headers)
            _ = try await client.post("/staff/sign-out", [("csrf", session.csrf)], headers: session.headers)

            let events = try await store.auditEvents().reversed()
            #expect(events.map(\.action) == Array(repeating: "user.sign_in_failed", count: 6) + [
                "user.sign_in_throttled", "token.create", "token.revoke", "user.password", "user.sign_out",
            ])
            let failures = events.filter { $0.action == "user.sign_in_failed" }
            #expect(failures.map(\.objectID) == [""] + Array(repeating: "virkailija", count: 5), "the name only of an existing account")
            let all = events.map { [$0.actorName, $0.objectID, $0.summary, $0.before ?? "", $0.after ?? ""].joined(separator: " ") }.joined(separator: "\n")
            #expect(!all.contains("väärä salasana"), "never a password")
            #expect(!all.contains("tuntematon"), "nor a name that is no account")
            #expect(events.first { $0.action == "user.sign_in_throttled" }?.summary.contains("account_and_address") == true)
        }
    }

    @Test("a successful sign-in is in the audit log")
    func auditSignIn() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let page = try await Self.signIn(client, "virkailija", Self.password)
            #expect(page.status == .seeOther)
            let events = try await store.auditEvents()
            #expect(events.map(\.action) == ["user.sign_in"])
            #expect(events.first?.objectID == "virkailija")
            #expect(events.first?.actorName == "virkailija")
        }
    }
}
