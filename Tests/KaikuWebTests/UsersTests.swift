import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

@Suite("Users, invitations and the audit log")
struct UsersTests {
    @Test("an admin invites a user, who chooses a password through the one-time link and is signed in")
    func invitation() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let created = try await client.post("/staff/users", [
                ("csrf", admin.csrf), ("username", "maija.virtanen"), ("email", "Maija.Virtanen@Karkkila.fi"),
                ("role", "manager"), ("library", "karkkila"), ("language", "sv"),
            ], headers: admin.headers)
            #expect(created.status == .created)
            #expect(created.contains("Käyttäjä on luotu"))
            let link = try #require(created.firstMatch(#"value="http://[^/]*(/staff/invitation/[A-Za-z0-9_-]+)""#))
            let user = try #require(try await store.user(named: "maija.virtanen"))
            #expect(user.role == .manager)
            #expect(user.libraries == ["karkkila"])
            #expect(user.email == "maija.virtanen@karkkila.fi")

            let list = try await client.get("/staff/users", headers: admin.headers)
            #expect(list.contains("kutsuttu, linkki voimassa"))
            let page = try await client.get(link)
            #expect(page.status == .ok)
            #expect(page.contains("Välj ett lösenord"), "the invitation page speaks the new user's language")
            let mismatch = try await client.post(link, [("new", "ett långt lösenord"), ("repeat", "ett annat lösenord")])
            #expect(mismatch.status == .unprocessableContent)
            #expect(mismatch.contains("De nya lösenorden är inte likadana."))
            let accepted = try await client.post(link, [("new", "ett långt lösenord"), ("repeat", "ett långt lösenord")])
            #expect(accepted.status == .seeOther)
            let cookie = try #require(StaffTests.cookie(accepted))
            let home = try await client.get("/staff", headers: [.cookie: cookie])
            #expect(home.status == .ok)
            #expect(home.contains("Du ser bara svaren för dessa bibliotek: Högfors stadsbibliotek."))

            let again = try await client.get(link)
            #expect(again.status == .gone)
            #expect(again.contains("Den här inbjudningslänken har redan använts."))
            let signIn = try await client.post("/staff/sign-in", [("username", "maija.virtanen@karkkila.fi"), ("password", "ett långt lösenord")])
            #expect(signIn.status == .seeOther, "the e-mail address signs in too")

            let unknown = try await client.get("/staff/invitation/eiolemassa")
            #expect(unknown.status == .notFound)
            #expect(unknown.contains("Kutsulinkkiä ei tunnisteta."))
        }
    }

    @Test("an expired invitation gets a clear page, and a new link replaces the old")
    func expiredInvitation() async throws {
        try await TestApp.run { store, client in
            let user = try await SignedIn.make(store, "vanha", role: .staff, libraries: ["vihti"], language: "en").user
            let old = try await store.createInvitation(for: user, at: Date().addingTimeInterval(-8 * 24 * 3600))
            let expired = try await client.get("/staff/invitation/\(old.token)")
            #expect(expired.status == .gone)
            #expect(expired.contains("This invitation link has expired. Ask the administrator for a new link."))

            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let first = try await store.createInvitation(for: user)
            let renewed = try await client.post("/staff/users/\(user.id)/invitation", [("csrf", admin.csrf)], headers: admin.headers)
            #expect(renewed.status == .ok)
            #expect(renewed.contains("Uusi kutsulinkki on luotu"))
            let replaced = try await client.get("/staff/invitation/\(first.token)")
            #expect(replaced.status == .gone, "only the newest link works")
        }
    }

    @Test("each bad input of the user form gets its own message and changes nothing")
    func badUserInput() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let cases: [([(String, String)], String)] = [
                ([("username", ""), ("role", "staff"), ("library", "lohja")], "Anna käyttäjätunnus."),
                ([("username", "Maija Virtanen"), ("role", "staff"), ("library", "lohja")], "Käyttäjätunnuksessa saa olla 2–40 merkkiä"),
                ([("username", "paakayttaja"), ("role", "staff"), ("library", "lohja")], "Käyttäjätunnus on jo käytössä."),
                ([("username", "uusi"), ("email", "ei-osoite"), ("role", "staff"), ("library", "lohja")], "Sähköpostiosoite ei ole oikeanmuotoinen"),
                ([("username", "uusi"), ("library", "lohja")], "Valitse rooli."),
                ([("username", "uusi"), ("role", "manager")], "Valitse vähintään yksi kirjasto."),
                ([("username", "uusi"), ("role", "staff"), ("library", "espoo")], "Valittua kirjastoa ei ole organisaatiossa."),
            ]
            for (fields, message) in cases {
                let page = try await client.post("/staff/users", [("csrf", admin.csrf)] + fields, headers: admin.headers)
                #expect(page.status == .unprocessableContent, "\(fields)")
                #expect(page.contains(message), "\(fields) should say \(message)")
                #expect(page.contains(#"role="alert""#))
            }
            #expect(try await store.users().map(\.username) == ["paakayttaja"])

            let selfDisable = try await client.post("/staff/users/\(admin.user.id)", [
                ("csrf", admin.csrf), ("role", "admin"), ("language", "fi"), ("disabled", "on"),
            ], headers: admin.headers)
            #expect(selfDisable.status == .unprocessableContent)
            #expect(selfDisable.contains("Et voi poistaa omaa tiliäsi käytöstä."))
            let selfDemote = try await client.post("/staff/users/\(admin.user.id)", [
                ("csrf", admin.csrf), ("role", "staff"), ("library", "lohja"), ("language", "fi"),
            ], headers: admin.headers)
            #expect(selfDemote.contains("Et voi poistaa itseltäsi pääkäyttäjän roolia."))
            #expect(try await store.user(id: admin.user.id)?.role == .admin)
            let missing = try await client.get("/staff/users/\(UUID())", headers: admin.headers)
            #expect(missing.status == .notFound)
        }
    }

    @Test("a role change is in the audit log with before and after, and the log is searchable")
    func auditLog() async throws {
        try await TestApp.run { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let user = try await SignedIn.make(store, "vihti.virkailija", role: .staff, libraries: ["vihti"]).user
            let saved = try await client.post("/staff/users/\(user.id)", [
                ("csrf", admin.csrf), ("role", "manager"), ("library", "vihti"), ("library", "karkkila"), ("language", "fi"),
            ], headers: admin.headers)
            #expect(saved.status == .ok)
            #expect(saved.contains("Muutokset on tallennettu."))
            let events = try await store.auditEvents(matching: "vihti.virkailija")
            let event = try #require(events.first)
            #expect(event.action == "user.update")
            #expect(event.actorName == "paakayttaja")
            #expect(event.summary == "role staff → manager; libraries vihti → vihti,karkkila")
            #expect(event.before?.contains("role: staff") == true)
            #expect(event.after?.contains("role: manager") == true)

            let page = try await client.get("/staff/audit?q=VIHTI", headers: admin.headers)
            #expect(page.status == .ok)
            #expect(page.contains("role staff → manager"), "search ignores case")
            let none = try await client.get("/staff/audit?q=ei-mitaan", headers: admin.headers)
            #expect(none.contains("Haulla ”ei-mitaan” ei löytynyt tapahtumia."))
            let json = try await client.get("/api/v1/audit?q=user.update", headers: admin.headers)
            #expect(json.status == .ok)
            #expect(json.contains(#""action":"user.update""#))
        }
    }

    @Test("a disabled account cannot sign in, and its sessions end")
    func disabledAccount() async throws {
        try await TestApp.run { store, client in
            let hash = try await PasswordHasher(cost: 4).hash("hyvä pitkä salasana")
            let user = try await store.createUser(username: "lahtija", passwordHash: hash, role: .staff, libraries: ["lohja"], mustChangePassword: false)
            let session = try await SignedIn.session(store, user)
            var disabled = user
            disabled.disabled = true
            try await store.update(disabled)
            let home = try await client.get("/staff", headers: session.headers)
            #expect(home.status == .found)
            let signIn = try await client.post("/staff/sign-in", [("username", "lahtija"), ("password", "hyvä pitkä salasana")])
            #expect(signIn.status == .forbidden)
            #expect(signIn.contains("Tämä tunnus on poistettu käytöstä. Ota yhteyttä Kaikun ylläpitäjään."))
        }
    }
}
