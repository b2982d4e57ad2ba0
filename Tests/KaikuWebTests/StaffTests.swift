import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuDemo
import KaikuServices
import KaikuStore
@testable import KaikuWeb
import Testing

@Suite("Staff sign-in and results")
struct StaffTests {
    /// Creates `admin` with a known password that must be changed, as a new installation has.
    static func admin(_ store: Store) async throws {
        try await store.createUser(username: "admin", passwordHash: try await PasswordHasher(cost: 4).hash("kertakäyttöinen"), role: .admin, mustChangePassword: true)
    }

    /// The session cookie's `name=value`, to send back as a browser would.
    static func cookie(_ page: Page) -> String? {
        page.headers[.setCookie]?.split(separator: ";").first.map(String.init)
    }

    @Test("pages need a signed-in user")
    func needsSignIn() async throws {
        try await TestApp.run(prepare: Self.admin) { _, client in
            let page = try await client.get("/staff/surveys/\(TestApp.survey)/results")
            #expect(page.status == .found)
            #expect(page.headers[.location] == "/staff/sign-in?next=/staff/surveys/\(TestApp.survey)/results")
        }
    }

    @Test("a wrong password is refused with a clear message")
    func wrongPassword() async throws {
        try await TestApp.run(prepare: Self.admin) { _, client in
            let page = try await client.post("/staff/sign-in", [("username", "admin"), ("password", "arvaus"), ("lang", "sv")])
            #expect(page.status == .unauthorized)
            #expect(page.contains("Användarnamnet eller lösenordet är fel."))
            #expect(page.headers[.setCookie] == nil)
            let unknown = try await client.post("/staff/sign-in", [("username", "nobody"), ("password", "arvaus"), ("lang", "en")])
            #expect(unknown.status == .unauthorized)
            #expect(unknown.contains("The username or password is wrong."))
        }
    }

    @Test("a cross-site form post is refused")
    func crossSite() async throws {
        try await TestApp.run(prepare: Self.admin) { _, client in
            let page = try await client.post("/staff/sign-in", [("username", "admin"), ("password", "kertakäyttöinen")], headers: [.origin: "https://evil.example"])
            #expect(page.status == .forbidden)
        }
    }

    @Test("the results tables count from the analytics index, which follows new responses; under five respondents only the count shows")
    func resultsFollowTheIndex() async throws {
        try await TestApp.run(prepare: { store in
            _ = try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2018", count: 3, seed: 5)
        }) { store, client in
            let admin = try await SignedIn.make(store, "paakayttaja", role: .admin)
            let page = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018", headers: admin.headers)
            #expect(page.status == .ok)
            #expect(page.contains("<strong>3</strong>"), "staff still see the answers arrive")
            #expect(page.contains("Tässä valinnassa on alle 5 vastaajaa, joten vain vastausten määrä näytetään."))
            #expect(!page.contains(#"<table class="distribution">"#))
            #expect(!page.contains("3 vastasi"))
            _ = try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2018", count: 2, seed: 6)
            let five = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018", headers: admin.headers)
            #expect(five.contains("<strong>5</strong>"), "the index caught up with the new responses")
            #expect(five.contains("5 vastasi"))
            #expect(!five.contains("Tässä valinnassa on alle"))
            let grades = try await store.responses(survey: TestApp.survey, after: 0).compactMap { $0.record.response.answers["grade"]?.canonical }
            for (grade, count) in Dictionary(grouping: grades, by: { $0 }).mapValues(\.count) {
                #expect(five.contains(#"<th scope="row">\#(grade)</th><td class="number">\#(count)</td>"#), "grade \(grade)")
            }
        }
    }

    @Test("the admin signs in, must replace the one-time password, then reads the results")
    func signInAndResults() async throws {
        try await TestApp.run(prepare: { store in
            try await Self.admin(store)
            _ = try await DemoLoader(store: store).addResponses(survey: TestApp.survey, wave: "2018", count: 12, seed: 3)
        }) { _, client in
            let signedIn = try await client.post("/staff/sign-in", [("username", "admin"), ("password", "kertakäyttöinen"), ("next", "/staff")])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/staff/password")
            let setCookie = try #require(signedIn.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Lax"))
            let cookie = try #require(Self.cookie(signedIn))
            let forced = try await client.get("/staff", headers: [.cookie: cookie])
            #expect(forced.headers[.location] == "/staff/password")

            let form = try await client.get("/staff/password", headers: [.cookie: cookie])
            let csrf = try #require(form.hidden("csrf"))
            let short = try await client.post("/staff/password", [("csrf", csrf), ("current", "kertakäyttöinen"), ("new", "lyhyt"), ("repeat", "lyhyt")], headers: [.cookie: cookie])
            #expect(short.status == .unprocessableContent)
            #expect(short.contains("Uudessa salasanassa on oltava vähintään 12 merkkiä."))
            let changed = try await client.post("/staff/password", [("csrf", csrf), ("current", "kertakäyttöinen"), ("new", "pitkä ja hyvä salasana"), ("repeat", "pitkä ja hyvä salasana")], headers: [.cookie: cookie])
            #expect(changed.contains("Salasana on vaihdettu."))

            let home = try await client.get("/staff", headers: [.cookie: cookie])
            #expect(home.status == .ok)
            #expect(home.contains("Seurantakysely 2018"))
            let results = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=2018", headers: [.cookie: cookie])
            #expect(results.status == .ok)
            #expect(results.contains("<strong>12</strong> vastausta"))
            #expect(results.contains("Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?"))
            #expect(results.contains("12 vastasi"))
            let unknownWave = try await client.get("/staff/surveys/\(TestApp.survey)/results?wave=1999", headers: [.cookie: cookie])
            #expect(unknownWave.status == .notFound)

            let noToken = try await client.post("/staff/sign-out", [], headers: [.cookie: cookie])
            #expect(noToken.status == .forbidden)
            let signedOut = try await client.post("/staff/sign-out", [("csrf", csrf)], headers: [.cookie: cookie])
            #expect(signedOut.status == .seeOther)
            #expect(signedOut.headers[.setCookie]?.contains("Max-Age=0") == true)
            let after = try await client.get("/staff", headers: [.cookie: cookie])
            #expect(after.status == .found, "the old session no longer works")
        }
    }
}
