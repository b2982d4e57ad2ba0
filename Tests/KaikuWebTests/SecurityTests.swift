import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

@Suite("Sign-in throttling, CSRF and the account page")
struct SecurityTests {
    static func user(_ store: Store) async throws {
        let hash = try await PasswordHasher(cost: 4).hash("oikea pitkä salasana")
        try await store.createUser(username: "virkailija", passwordHash: hash, role: .staff, libraries: ["lohja"], language: "en", mustChangePassword: false)
    }

    @Test("after five wrong passwords the account waits, with the time to try again; then it works")
    func throttlePerAccount() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            for _ in 1...5 {
                let wrong = try await client.post("/staff/sign-in", [("username", "virkailija"), ("password", "väärä"), ("lang", "fi")])
                #expect(wrong.status == .unauthorized)
            }
            let blocked = try await client.post("/staff/sign-in", [("username", "virkailija"), ("password", "oikea pitkä salasana"), ("lang", "fi")])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.contains("Liian monta epäonnistunutta kirjautumisyritystä. Voit yrittää uudelleen"))
            #expect(blocked.headers[.setCookie] == nil)
            let retry = try #require(blocked.headers[.retryAfter].flatMap(Int.init))
            #expect(retry > 800 && retry <= 900)
            let other = try await client.post("/staff/sign-in", [("username", "VIRKAILIJA"), ("password", "x"), ("lang", "sv")])
            #expect(other.status == .tooManyRequests, "the account name is compared without case")
            #expect(other.contains("För många misslyckade inloggningsförsök."))

            // Fifteen minutes later the failures have left the window.
            let later = Date().addingTimeInterval(16 * 60)
            #expect(try await store.countSignInAttempt(account: "virkailija", address: nil, throttle: SignInThrottle(), now: later).refused == nil)
        }
    }

    @Test("CSRF: a post without the token, or with a token of an ended session, gets the expired-form page")
    func csrf() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let old = try await SignedIn.session(store, user)
            try await store.deleteSession(id: String(old.cookie.dropFirst(SessionMiddleware.cookieName.count + 1)))
            let current = try await SignedIn.session(store, user)
            let missing = try await client.post("/staff/account", [("language", "sv")], headers: current.headers)
            #expect(missing.status == .forbidden)
            #expect(missing.contains("The form has expired. Reload the page and try again."))
            let reused = try await client.post("/staff/account", [("csrf", old.csrf), ("language", "sv")], headers: current.headers)
            #expect(reused.status == .forbidden)
            #expect(try await store.user(named: "virkailija")?.language == "en", "nothing changed")
            let crossSite = try await client.post("/staff/account", [("csrf", current.csrf), ("language", "sv")], headers: [.cookie: current.cookie, .origin: "https://evil.example"])
            #expect(crossSite.status == .forbidden)
        }
    }

    @Test("with a one-time password only the password change and signing out are open")
    func forcedPasswordChange() async throws {
        try await TestApp.run { store, client in
            let user = try await store.createUser(username: "uusi", passwordHash: "x", role: .admin, mustChangePassword: true)
            let session = try await SignedIn.session(store, user)
            for path in ["/staff", "/staff/account", "/staff/users", "/staff/audit"] {
                let page = try await client.get(path, headers: session.headers)
                #expect(page.status == .found, "\(path)")
                #expect(page.headers[.location] == "/staff/password", "\(path)")
            }
            #expect(try await client.get("/staff/password", headers: session.headers).status == .ok)
        }
    }

    @Test("the stylesheet is served, to staff as to everyone")
    func stylesheet() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let anonymous = try await client.get("/static/kaiku.css")
            #expect(anonymous.status == .ok)
            #expect(anonymous.headers[.contentType]?.hasPrefix("text/css") == true)
            let user = try #require(try await store.user(named: "virkailija"))
            let signedIn = try await client.get("/static/kaiku.css", headers: try await SignedIn.session(store, user).headers)
            #expect(signedIn.status == .ok)
            #expect(signedIn.contains(".table-scroll"))
        }
    }

    @Test("the staff pages speak the language the user chose")
    func languagePerUser() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let session = try await SignedIn.session(store, user)
            let english = try await client.get("/staff/account", headers: session.headers)
            #expect(english.contains("<html lang=\"en\">"))
            #expect(english.contains("Language of the staff pages"))
            let bad = try await client.post("/staff/account", [("csrf", session.csrf), ("language", "de")], headers: session.headers)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.contains("Choose a language: Finnish, Swedish or English."))
            let saved = try await client.post("/staff/account", [("csrf", session.csrf), ("language", "sv")], headers: session.headers)
            #expect(saved.contains("<html lang=\"sv\">"))
            #expect(saved.contains("Inställningarna har sparats."))
            let home = try await client.get("/staff", headers: session.headers)
            #expect(home.contains("Du ser bara svaren för dessa bibliotek: Lojo stadsbibliotek."))
        }
    }

    @Test("a personal API token is shown once and then opens the JSON API")
    func apiToken() async throws {
        try await TestApp.run(prepare: Self.user) { store, client in
            let user = try #require(try await store.user(named: "virkailija"))
            let session = try await SignedIn.session(store, user)
            let noLabel = try await client.post("/staff/account/tokens", [("csrf", session.csrf), ("label", " ")], headers: session.headers)
            #expect(noLabel.status == .unprocessableContent)
            let created = try await client.post("/staff/account/tokens", [("csrf", session.csrf), ("label", "raportointi")], headers: session.headers)
            #expect(created.status == .created)
            let token = try #require(created.firstMatch(#"id="new-token" class="wide-input" value="(kaiku_[A-Za-z0-9_-]+)""#))
            let me = try await client.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            #expect(me.status == .ok)
            #expect(me.html == #"{"language":"en","libraries":["lohja"],"role":"staff","username":"virkailija"}"#)
            let page = try await client.get("/staff/account", headers: session.headers)
            #expect(page.contains("raportointi"))
            #expect(!page.contains(token), "the token is never shown again")
        }
    }
}
