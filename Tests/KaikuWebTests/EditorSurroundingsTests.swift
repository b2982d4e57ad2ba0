import Foundation
import HTTPTypes
import HummingbirdTesting
import KaikuCore
import KaikuStore
@testable import KaikuWeb
import Testing

/// Around the editor: a wave asks for names in the survey's languages only, the forced password
/// change shows no menu that only leads back, and the preview names its forms.
@Suite("Editor surroundings")
struct EditorSurroundingsTests {
    @Test("a wave of a Finnish and Swedish survey asks for its name in Finnish and Swedish only")
    func waveNamesInSurveyLanguages() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let base = "/staff/surveys/kaksikielinen"
            _ = try await staff.post("/staff/surveys", [("id", "kaksikielinen"), ("languages", "fi"), ("languages", "sv"), ("title_fi", "Kysely"), ("title_sv", "Enkät")])
            let added = try await staff.post("\(base)/pages/1/questions", [("type", "short_text")])
            let question = try #require(added.location)
            _ = try await staff.post(question, [("action", "save"), ("id", "toive"), ("type", "short_text"), ("text_fi", "Mitä toivot?"), ("text_sv", "Vad önskar du?")])
            let published = try await staff.post("\(base)/publish", [("confirm", "yes")])
            #expect(published.status == .seeOther)

            let waves = try await staff.get("\(base)/waves")
            #expect(waves.status == .ok)
            #expect(waves.contains(#"id="f-name_fi""#))
            #expect(waves.contains(#"id="f-name_sv""#))
            #expect(!waves.contains(#"id="f-name_en""#), "English is not one of the survey's languages")
        }
    }

    @Test("the forced password change shows no menu whose links all lead back to it; after the change the menu is there")
    func forcedPasswordChange() async throws {
        try await TestApp.run(prepare: StaffTests.admin) { _, client in
            let signedIn = try await client.post("/staff/sign-in", [("username", "admin"), ("password", "kertakäyttöinen")])
            #expect(signedIn.location == "/staff/password")
            let cookie = try #require(StaffTests.cookie(signedIn))
            let page = try await client.get("/staff/password", headers: [.cookie: cookie])
            #expect(page.status == .ok)
            #expect(!page.contains(#"href="/staff/surveys""#), "no menu link that bounces back")
            #expect(!page.contains(#"<li><a href="/staff">"#))
            #expect(page.contains(#"action="/staff/sign-out""#), "signing out stays possible")
            let csrf = try #require(page.hidden("csrf"))
            let changed = try await client.post("/staff/password", [
                ("csrf", csrf), ("current", "kertakäyttöinen"), ("new", "oma pitkä salasana 2026"), ("repeat", "oma pitkä salasana 2026"),
            ], headers: [.cookie: cookie])
            let home = try await client.get("/staff", headers: [.cookie: StaffTests.cookie(changed) ?? cookie])
            #expect(home.status == .ok)
            #expect(home.contains(#"href="/staff/surveys""#))
        }
    }

    @Test("the preview lists the forms by what they are, not by their ids")
    func previewFormNames() async throws {
        try await TestApp.run { store, client in
            let staff = try await StaffSession.signIn(client, store: store)
            let page = try await staff.get("/staff/surveys/\(TestApp.survey)/preview")
            #expect(page.status == .ok)
            let definition = try #require(try await store.definition(of: TestApp.survey)?.definition)
            #expect(page.text.contains("Koko kysely (kysymyksiä: \(definition.questions.count)), suomeksi") || page.text.contains("Koko kysely (kysymyksiä: \(definition.questions.count))"))
            #expect(page.text.contains("Lomake doorstep (kysymyksiä: 13)"))
            #expect(!page.contains(">full, "), "not the id of the full form")
        }
    }
}
